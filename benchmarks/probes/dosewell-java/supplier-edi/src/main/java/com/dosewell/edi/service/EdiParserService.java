package com.dosewell.edi.service;

import com.dosewell.edi.model.Invoice;
import com.dosewell.edi.model.OrderLine;
import com.dosewell.edi.model.PurchaseOrder;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.springframework.stereotype.Service;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Parses the XML flavour of the purchase order (850) and invoice (810) documents
 * exchanged with wholesalers.
 */
@Service
public class EdiParserService {

    public PurchaseOrder parseOrder(String xml) throws ParserConfigurationException, IOException, SAXException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setIgnoringComments(true);
        Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml))); // VULN xxe
        Element root = doc.getDocumentElement();
        if (!"PurchaseOrder".equals(root.getLocalName())) {
            throw new IllegalArgumentException("Not a PurchaseOrder document");
        }
        List<OrderLine> lines = new ArrayList<>();
        NodeList lineNodes = root.getElementsByTagNameNS("*", "Line");
        for (int i = 0; i < lineNodes.getLength(); i++) {
            Element line = (Element) lineNodes.item(i);
            lines.add(new OrderLine(
                    Integer.parseInt(line.getAttribute("number")),
                    text(line, "SupplierSku"),
                    text(line, "Gtin"),
                    text(line, "Ndc"),
                    text(line, "Description"),
                    Integer.parseInt(text(line, "Quantity")),
                    new BigDecimal(text(line, "UnitPrice"))));
        }
        return new PurchaseOrder(
                text(root, "PoNumber"),
                text(root, "SupplierCode"),
                LocalDate.parse(text(root, "OrderDate")),
                text(root, "ShipTo"),
                lines);
    }

    public Invoice parseInvoice(String xml) throws ParserConfigurationException, IOException, SAXException {
        Document doc = secureBuilder().parse(new InputSource(new StringReader(xml))); // SAFE xxe
        Element root = doc.getDocumentElement();
        return new Invoice(
                text(root, "InvoiceNumber"),
                text(root, "PoNumber"),
                text(root, "SupplierCode"),
                LocalDate.parse(text(root, "InvoiceDate")),
                new BigDecimal(text(root, "Amount")),
                root.getAttribute("currency").isEmpty() ? "USD" : root.getAttribute("currency"));
    }

    static DocumentBuilder secureBuilder() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder();
    }

    private static String text(Element parent, String localName) {
        NodeList nodes = parent.getElementsByTagNameNS("*", localName);
        if (nodes.getLength() == 0) {
            throw new IllegalArgumentException("Missing element " + localName);
        }
        return nodes.item(0).getTextContent().trim();
    }
}
