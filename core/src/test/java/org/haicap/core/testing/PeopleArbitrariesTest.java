package org.haicap.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.haicap.core.people.Appointment;
import org.haicap.core.people.Person;
import org.haicap.core.people.Post;
import org.haicap.core.people.PostId;
import org.haicap.core.people.Staffing;
import org.haicap.core.text.VietnameseText;
import org.junit.jupiter.api.Test;

class PeopleArbitrariesTest {

    @Test
    void namesComeInBothFormsAndPeopleAreNfc() {
        List<String> names = PeopleArbitraries.fullNamesAnyForm().sampleStream().limit(200)
                .collect(Collectors.toList());
        assertTrue(names.stream().anyMatch(n -> !Normalizer.isNormalized(n, Normalizer.Form.NFC)));
        assertTrue(names.stream().anyMatch(n -> Normalizer.isNormalized(n, Normalizer.Form.NFC)));
        PeopleArbitraries.persons().sampleStream().limit(200)
                .forEach(p -> assertTrue(VietnameseText.isNfc(p.fullName())));
    }

    @Property(tries = 200)
    void postsFollowTheirRole(@ForAll("posts") Post p) {
        assertEquals(p.role().needsLabel(), p.label().isPresent());
        assertEquals(p.role().needsBodyName(), p.bodyName().isPresent());
        assertTrue(!p.role().singleSeat() || p.seats() == 1);
    }

    @Property(tries = 100)
    void appointmentsGoToTheirPost(@ForAll("appointments") Appointment a) {
        assertEquals(PostId.of("P-1"), a.post());
        assertTrue(a.end().map(e -> e.isAfter(a.start())).orElse(true));
    }

    @Property(tries = 50)
    void staffingsHaveDistinctPosts(@ForAll("staffings") Staffing s) {
        assertTrue(s.postCount() <= 6);
        assertEquals(s.postCount(), s.posts().stream().map(Post::id).distinct().count());
    }

    @Property(tries = 200)
    void datesStayInRange(@ForAll("dates") LocalDate d, @ForAll("people") Person p) {
        assertTrue(!d.isBefore(LocalDate.of(2020, 1, 1)) && !d.isAfter(LocalDate.of(2035, 12, 31)));
        assertTrue(p.toString().startsWith("Person[id=P-"));
    }

    @Provide
    Arbitrary<Post> posts() {
        return PeopleArbitraries.posts();
    }

    @Provide
    Arbitrary<Appointment> appointments() {
        return PeopleArbitraries.appointmentsTo(PostId.of("P-1"));
    }

    @Provide
    Arbitrary<Staffing> staffings() {
        return PeopleArbitraries.staffings(6);
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return PeopleArbitraries.dates();
    }

    @Provide
    Arbitrary<Person> people() {
        return PeopleArbitraries.persons();
    }
}
