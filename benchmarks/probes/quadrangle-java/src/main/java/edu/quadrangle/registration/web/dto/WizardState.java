package edu.quadrangle.registration.web.dto;

import java.io.Serializable;
import java.util.List;

public record WizardState(int step, String term, List<Long> selectedSections) implements Serializable {

    public static WizardState fresh() {
        return new WizardState(1, null, List.of());
    }
}
