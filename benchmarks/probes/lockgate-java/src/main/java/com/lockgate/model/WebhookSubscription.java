package com.lockgate.model;

/**
 * A partner system (marina, hire fleet) that wants passage notifications for its boats.
 */
public class WebhookSubscription {

    private long id;
    private String partnerName;
    private String lockCode;
    private String callbackUrl;
    private String sharedSecret;
    private boolean active = true;

    public long getId() { return id; }
    public void setId(long id) { this.id = id; }

    public String getPartnerName() { return partnerName; }
    public void setPartnerName(String partnerName) { this.partnerName = partnerName; }

    public String getLockCode() { return lockCode; }
    public void setLockCode(String lockCode) { this.lockCode = lockCode; }

    public String getCallbackUrl() { return callbackUrl; }
    public void setCallbackUrl(String callbackUrl) { this.callbackUrl = callbackUrl; }

    public String getSharedSecret() { return sharedSecret; }
    public void setSharedSecret(String sharedSecret) { this.sharedSecret = sharedSecret; }

    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
