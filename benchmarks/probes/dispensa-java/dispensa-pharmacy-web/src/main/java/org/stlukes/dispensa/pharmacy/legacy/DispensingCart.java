package org.stlukes.dispensa.pharmacy.legacy;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** Cart format written by the retired Dispensa desktop client (v2.x). */
public record DispensingCart(String wardCode, String preparedBy, List<Line> lines) implements Serializable {

    public record Line(String drugCode, BigDecimal quantity, String unit) implements Serializable {
    }
}
