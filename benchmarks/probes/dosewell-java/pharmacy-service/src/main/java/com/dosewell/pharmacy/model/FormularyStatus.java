package com.dosewell.pharmacy.model;

public enum FormularyStatus {
    FORMULARY,
    RESTRICTED,
    NON_FORMULARY,
    PENDING_REVIEW
}
