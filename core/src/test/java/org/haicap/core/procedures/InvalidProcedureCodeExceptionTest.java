package org.haicap.core.procedures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InvalidProcedureCodeExceptionTest {

    @Test
    void bilingualMessageWithValue() {
        InvalidProcedureCodeException e = new InvalidProcedureCodeException("abc");
        assertEquals("abc", e.value());
        assertTrue(e.getMessage().contains("mã thủ tục hành chính"), e.getMessage());
        assertTrue(e.getMessage().contains("a procedure code has the form"), e.getMessage());
        assertTrue(e instanceof IllegalArgumentException);
    }
}
