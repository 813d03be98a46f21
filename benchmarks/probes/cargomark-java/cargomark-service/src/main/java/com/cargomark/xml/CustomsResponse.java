package com.cargomark.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

@XmlRootElement(name = "CustomsResponse")
@XmlAccessorType(XmlAccessType.FIELD)
public class CustomsResponse {

    @XmlAttribute(name = "ref")
    private String reference;

    @XmlElement(name = "MRN")
    private String movementReferenceNumber;

    @XmlElement(name = "Outcome")
    private String outcome;

    @XmlElement(name = "Remarks")
    private String remarks;

    public String getReference() { return reference; }
    public String getMovementReferenceNumber() { return movementReferenceNumber; }
    public String getOutcome() { return outcome; }
    public String getRemarks() { return remarks; }
}
