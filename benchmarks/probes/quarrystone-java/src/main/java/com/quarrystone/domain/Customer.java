package com.quarrystone.domain;

/** A trade customer buying aggregate. Portal users belong to exactly one customer. */
public class Customer {

    private long id;
    private String accountCode;
    private String tradingName;
    private String contactEmail;
    private String invoiceFooter;
    private String webhookUrl;
    private boolean creditHold;

    public long getId() { return id; }
    public void setId(long id) { this.id = id; }
    public String getAccountCode() { return accountCode; }
    public void setAccountCode(String accountCode) { this.accountCode = accountCode; }
    public String getTradingName() { return tradingName; }
    public void setTradingName(String tradingName) { this.tradingName = tradingName; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
    public String getInvoiceFooter() { return invoiceFooter; }
    public void setInvoiceFooter(String invoiceFooter) { this.invoiceFooter = invoiceFooter; }
    public String getWebhookUrl() { return webhookUrl; }
    public void setWebhookUrl(String webhookUrl) { this.webhookUrl = webhookUrl; }
    public boolean isCreditHold() { return creditHold; }
    public void setCreditHold(boolean creditHold) { this.creditHold = creditHold; }
}
