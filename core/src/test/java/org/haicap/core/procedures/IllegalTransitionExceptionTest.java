package org.haicap.core.procedures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IllegalTransitionExceptionTest {

    @Test
    void carriesBothStatusesAndListsTheLegalOnes() {
        IllegalTransitionException e = new IllegalTransitionException("", DossierStatus.NEW, DossierStatus.PROCESSED);
        assertEquals(DossierStatus.NEW, e.from());
        assertEquals(DossierStatus.PROCESSED, e.to());
        assertTrue(e.getMessage().contains("không thể chuyển hồ sơ từ «Mới đăng ký» sang «Đã xử lý xong»"), e.getMessage());
        assertTrue(e.getMessage().contains("a dossier cannot go from NEW to PROCESSED"), e.getMessage());
        assertTrue(e.getMessage().contains("legal next: ACCEPTED, REFUSED, WITHDRAWN"), e.getMessage());
        assertTrue(e instanceof IllegalArgumentException);
    }

    @Test
    void terminalStatusIsNamedAsSuch() {
        IllegalTransitionException e = new IllegalTransitionException("hồ sơ X", DossierStatus.RESULT_RETURNED, DossierStatus.PROCESSING);
        assertTrue(e.getMessage().startsWith("hồ sơ X: "), e.getMessage());
        assertTrue(e.getMessage().contains("a terminal status"), e.getMessage());
    }
}
