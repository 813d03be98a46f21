package com.claimwright.core.model;

public record ClaimSearchCriteria(ClaimStatus status, String policyNumber, String lossType, ClaimSortField sort, int limit) {

    public static Builder builder() { return new Builder(); }

    public static final class Builder {
        private ClaimStatus status;
        private String policyNumber;
        private String lossType;
        private ClaimSortField sort = ClaimSortField.LOSS_DATE;
        private int limit = 50;

        public Builder status(ClaimStatus v) { status = v; return this; }
        public Builder policyNumber(String v) { policyNumber = v; return this; }
        public Builder lossType(String v) { lossType = v; return this; }
        public Builder sort(ClaimSortField v) { sort = v; return this; }
        public Builder limit(int v) { limit = v; return this; }

        public ClaimSearchCriteria build() { return new ClaimSearchCriteria(status, policyNumber, lossType, sort, limit); }
    }
}
