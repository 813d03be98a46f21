package dto;

import play.data.validation.Constraints;

import java.math.BigDecimal;

public class ExchangeForm {

    @Constraints.Required
    public Long lotId;

    @Constraints.Required
    public String requestingGardenCode;

    @Constraints.Required
    public BigDecimal quantityGrams;

    @Constraints.MaxLength(1000)
    public String note;

    public String callbackUrl;

    public Long getLotId() { return lotId; }
    public void setLotId(Long lotId) { this.lotId = lotId; }
    public String getRequestingGardenCode() { return requestingGardenCode; }
    public void setRequestingGardenCode(String code) { this.requestingGardenCode = code; }
    public BigDecimal getQuantityGrams() { return quantityGrams; }
    public void setQuantityGrams(BigDecimal quantityGrams) { this.quantityGrams = quantityGrams; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getCallbackUrl() { return callbackUrl; }
    public void setCallbackUrl(String callbackUrl) { this.callbackUrl = callbackUrl; }
}
