package example.modular;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.NotNull;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.haicap.validation.HaicapValidation;
import org.haicap.validation.constraints.CitizenId;
import org.haicap.validation.constraints.VietnameseName;

/**
 * A user's program, run by {@code ModularSetupTest} with haicap and Hibernate Validator on the
 * module path: prints the sorted messages of one bean's violations, one per line.
 */
public final class ModularProbe {

    /** A user's bean. */
    public static final class Person {
        @CitizenId
        String id = "12345";

        @VietnameseName
        String name = "Nguyễn Văn 2";

        @NotNull
        String required;
    }

    private ModularProbe() {
    }

    public static void main(String[] args) {
        Set<String> out = new TreeSet<>();
        for (ConstraintViolation<Person> v : HaicapValidation.validator(Locale.forLanguageTag(args[0]))
                .validate(new Person())) {
            out.add(v.getPropertyPath() + ": " + v.getMessage());
        }
        out.forEach(System.out::println);
        System.out.println("module=" + HaicapValidation.class.getModule().getName());
    }
}
