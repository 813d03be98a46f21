package com.tariffly.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.tariffly.dto.ApiModels.CarrierStatus;
import com.tariffly.dto.ApiModels.DeclarationRequest;

import org.springframework.stereotype.Service;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Parsing of the XML formats we exchange with customs (CDS/ICS2 style
 * declarations) and with carriers (IFTSTA-derived status XML, manifests).
 */
@Service
public class CustomsXmlService {

    private static final XMLInputFactory MANIFEST_FACTORY = XMLInputFactory.newFactory();

    static {
        MANIFEST_FACTORY.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        MANIFEST_FACTORY.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    public DeclarationRequest parseDeclaration(InputStream xml) {
        try {
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            dbf.setNamespaceAware(true);
            dbf.setIgnoringComments(true);
            Document doc = dbf.newDocumentBuilder().parse(xml); // VULN xxe
            Element root = doc.getDocumentElement();
            return new DeclarationRequest(
                    text(root, "BrokerReference"),
                    Long.valueOf(text(root, "ImporterId")),
                    null,
                    text(root, "CommodityCode"),
                    text(root, "GoodsDescription"),
                    text(root, "BrokerRemarks"),
                    null,
                    text(root, "OriginCountry"),
                    new BigDecimal(text(root, "StatisticalValue")),
                    text(root, "Currency"));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("Malformed declaration XML", e);
        }
    }

    public List<String> precheck(InputStream xml) {
        List<String> findings = new ArrayList<>();
        try {
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            dbf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            dbf.setXIncludeAware(false);
            dbf.setExpandEntityReferences(false);
            dbf.setNamespaceAware(true);
            Document doc = dbf.newDocumentBuilder().parse(xml); // SAFE xxe
            Element root = doc.getDocumentElement();
            for (String required : List.of("BrokerReference", "ImporterId", "CommodityCode", "StatisticalValue")) {
                if (text(root, required) == null) {
                    findings.add("Missing element " + required);
                }
            }
            String code = text(root, "CommodityCode");
            if (code != null && !code.matches("\\d{8,10}")) {
                findings.add("CommodityCode must have 8 or 10 digits");
            }
        } catch (ParserConfigurationException | SAXException | IOException e) {
            findings.add("Not well-formed: " + e.getMessage());
        }
        return findings;
    }

    public CarrierStatus parseCarrierStatus(String xml) {
        try {
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.IS_COALESCING, true);
            XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(xml)); // VULN xxe
            String ref = null;
            String code = null;
            String location = null;
            String time = null;
            String current = null;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    current = reader.getLocalName();
                } else if (event == XMLStreamConstants.CHARACTERS && current != null && !reader.isWhiteSpace()) {
                    switch (current) {
                        case "ConsignmentRef" -> ref = reader.getText().trim();
                        case "StatusCode" -> code = reader.getText().trim();
                        case "Location" -> location = reader.getText().trim();
                        case "EventTime" -> time = reader.getText().trim();
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    current = null;
                }
            }
            reader.close();
            return new CarrierStatus(ref, code, location, time);
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("Malformed carrier status", e);
        }
    }

    public List<String> parseManifestReferences(String xml) {
        List<String> references = new ArrayList<>();
        try {
            XMLStreamReader reader = MANIFEST_FACTORY.createXMLStreamReader(new StringReader(xml)); // SAFE xxe
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT
                        && "HouseBill".equals(reader.getLocalName())) {
                    String ref = reader.getAttributeValue(null, "ref");
                    if (ref != null) {
                        references.add(ref);
                    }
                }
            }
            reader.close();
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("Malformed manifest", e);
        }
        return references;
    }

    private static String text(Element root, String localName) {
        NodeList nodes = root.getElementsByTagNameNS("*", localName);
        if (nodes.getLength() == 0) {
            return null;
        }
        return nodes.item(0).getTextContent().trim();
    }
}
