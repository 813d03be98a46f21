package com.quarrystone.dto;

import java.time.LocalDate;

/** Criteria for the weighbridge office ticket search screen. */
public class TicketSearch {

    private final String haulierTerm;
    private final String siteCode;
    private final LocalDate from;
    private final LocalDate to;
    private final int limit;

    public TicketSearch(String haulierTerm, String siteCode, LocalDate from, LocalDate to, int limit) {
        this.haulierTerm = haulierTerm == null ? "" : haulierTerm.trim();
        this.siteCode = siteCode;
        this.from = from;
        this.to = to;
        this.limit = Math.max(1, Math.min(limit, 500));
    }

    public String getHaulierTerm() { return haulierTerm; }
    public String getSiteCode() { return siteCode; }
    public LocalDate getFrom() { return from; }
    public LocalDate getTo() { return to; }
    public int getLimit() { return limit; }
}
