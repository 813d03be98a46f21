package com.ledgerbay.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * XML intake for carrier manifests, in-bond arrival messages and binding-ruling documents.
 */
public class ManifestXmlParser {

    public record BillSummary(String billOfLading, String consignee, String description, int pieces) {
    }

    public record ArrivalEvent(String billOfLading, String status, String location) {
    }

    /**
     * Carrier cargo manifest (simplified ACE M1 / AMS layout).
     */
    @XmlRootElement(name = "manifest")
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class CustomsManifest {

        @XmlAttribute(name = "scac")
        public String carrierScac;

        @XmlElement(name = "voyage")
        public String voyageNumber;

        @XmlElement(name = "vessel")
        public String vesselName;

        @XmlElement(name = "portOfUnlading")
        public String portOfUnlading;

        @XmlElement(name = "arrivalDate")
        public String arrivalDate;

        @XmlElementWrapper(name = "bills")
        @XmlElement(name = "bill")
        public List<Bill> bills = new ArrayList<>();

        @XmlAccessorType(XmlAccessType.FIELD)
        public static class Bill {
            @XmlAttribute(name = "number")
            public String billOfLading;

            @XmlElement(name = "shipper")
            public String shipper;

            @XmlElement(name = "consignee")
            public String consignee;

            @XmlElement(name = "description")
            public String description;

            @XmlElement(name = "grossWeightKg")
            public BigDecimal grossWeightKg;

            @XmlElement(name = "pieces")
            public int pieces;
        }
    }

    private final JAXBContext manifestContext;
    private final XMLInputFactory hardenedStax;

    public ManifestXmlParser() {
        try {
            this.manifestContext = JAXBContext.newInstance(CustomsManifest.class);
        } catch (JAXBException e) {
            throw new IllegalStateException(e);
        }
        this.hardenedStax = XMLInputFactory.newFactory();
        hardenedStax.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        hardenedStax.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    /**
     * Quick DOM pass over an uploaded manifest to list its bills before the broker picks one to enter.
     */
    public List<BillSummary> summarizeManifest(InputStream xml) throws IOException {
        try {
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            dbf.setNamespaceAware(true);
            DocumentBuilder builder = dbf.newDocumentBuilder();
            Document doc = builder.parse(xml); // VULN xxe
            NodeList bills = doc.getElementsByTagName("bill");
            List<BillSummary> out = new ArrayList<>(bills.getLength());
            for (int i = 0; i < bills.getLength(); i++) {
                Element bill = (Element) bills.item(i);
                out.add(new BillSummary(bill.getAttribute("number"), text(bill, "consignee"),
                        text(bill, "description"), Integer.parseInt(defaultIfBlank(text(bill, "pieces"), "0"))));
            }
            return out;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalArgumentException("manifest is not well-formed XML: " + e.getMessage());
        }
    }

    /**
     * Full binding of a manifest for import into the shipment register.
     */
    public CustomsManifest bindManifest(InputStream xml) {
        try {
            XMLStreamReader reader = hardenedStax.createXMLStreamReader(xml);
            Unmarshaller unmarshaller = manifestContext.createUnmarshaller();
            return (CustomsManifest) unmarshaller.unmarshal(reader); // SAFE xxe
        } catch (XMLStreamException | JAXBException e) {
            throw new IllegalArgumentException("manifest could not be bound: " + e.getMessage());
        }
    }

    /**
     * Streams carrier in-bond / arrival status events (often several thousand per message).
     */
    public List<ArrivalEvent> readArrivalEvents(InputStream xml) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        List<ArrivalEvent> events = new ArrayList<>();
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(xml); // VULN xxe
            String bill = null;
            String status = null;
            String location = null;
            String current = null;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    current = reader.getLocalName();
                    if ("event".equals(current)) {
                        bill = reader.getAttributeValue(null, "bill");
                        status = null;
                        location = null;
                    }
                } else if (event == XMLStreamConstants.CHARACTERS && current != null) {
                    if ("status".equals(current)) {
                        status = reader.getText().strip();
                    } else if ("location".equals(current)) {
                        location = reader.getText().strip();
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if ("event".equals(reader.getLocalName())) {
                        events.add(new ArrivalEvent(bill, status, location));
                    }
                    current = null;
                }
            }
            reader.close();
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("arrival message is not valid XML: " + e.getMessage());
        }
        return events;
    }

    /**
     * Parses a CROSS ruling document fetched from CBP.
     */
    public Document parseRuling(String rulingXml) {
        try {
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            dbf.setFeature("http://xml.org/sax/features/external-general-entities", false);
            dbf.setXIncludeAware(false);
            dbf.setExpandEntityReferences(false);
            return dbf.newDocumentBuilder().parse(new InputSource(new StringReader(rulingXml))); // SAFE xxe
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("ruling document is not valid XML", e);
        }
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
    }

    private static String defaultIfBlank(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
