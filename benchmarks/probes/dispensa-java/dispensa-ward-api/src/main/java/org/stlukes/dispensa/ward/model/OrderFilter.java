package org.stlukes.dispensa.ward.model;

public record OrderFilter(String ward, String status, String requestedBy, int limit) {

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private String ward;
        private String status;
        private String requestedBy;
        private int limit = 50;

        public Builder ward(String ward) { this.ward = ward; return this; }
        public Builder status(String status) { this.status = status; return this; }
        public Builder requestedBy(String requestedBy) { this.requestedBy = requestedBy; return this; }
        public Builder limit(int limit) { this.limit = limit; return this; }

        public OrderFilter build() {
            if (ward == null || ward.isBlank()) {
                throw new IllegalArgumentException("ward is required");
            }
            return new OrderFilter(ward, status, requestedBy, limit);
        }
    }
}
