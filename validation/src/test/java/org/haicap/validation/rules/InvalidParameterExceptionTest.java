package org.haicap.validation.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InvalidParameterExceptionTest {

    @Test
    void messageIsBilingualAndNamesTheParameter() {
        InvalidParameterException e = new InvalidParameterException("x", "7", "phải nhỏ", "must be small");
        assertTrue(e.getMessage().contains("tham số x phải nhỏ"));
        assertTrue(e.getMessage().contains("parameter x must be small: 7"));
    }
}
