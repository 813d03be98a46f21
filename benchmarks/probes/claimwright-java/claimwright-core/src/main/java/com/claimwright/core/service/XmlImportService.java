package com.claimwright.core.service;

import com.claimwright.core.util.InputRules;
import java.io.*;
import java.nio.file.*;
import java.util.*;
import javax.xml.XMLConstants;
import javax.xml.parsers.*;
import javax.xml.xpath.*;
import org.w3c.dom.*;
import org.xml.sax.SAXException;

public class XmlImportService {

    public record FnolReport(String policyNumber, String lossType, String lossDate, String description) {
    }

    public record BordereauLine(String claimNumber, String paidAmount, String currency) {
    }

    private final Document productCatalog;
    private final Document partnerRegistry;

    public XmlImportService(Path partnerRegistryFile) throws IOException, SAXException, ParserConfigurationException {
        try (InputStream catalog = XmlImportService.class.getResourceAsStream("/catalog/products.xml");
             InputStream registry = Files.newInputStream(partnerRegistryFile)) {
            this.productCatalog = hardenedFactory().newDocumentBuilder().parse(catalog);
            this.partnerRegistry = hardenedFactory().newDocumentBuilder().parse(registry);
        }
    }

    public FnolReport parseFnol(InputStream xml) throws IOException, SAXException, ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Element root = factory.newDocumentBuilder().parse(xml).getDocumentElement(); // VULN xxe
        return new FnolReport(text(root, "PolicyNumber"), text(root, "LossType"), text(root, "LossDate"), text(root, "Description"));
    }

    public List<BordereauLine> parseBordereau(InputStream xml) throws IOException, SAXException, ParserConfigurationException {
        NodeList rows = hardenedFactory().newDocumentBuilder().parse(xml).getElementsByTagName("Payment"); // SAFE xxe
        List<BordereauLine> lines = new ArrayList<>();
        for (int i = 0; i < rows.getLength(); i++) {
            Element row = (Element) rows.item(i);
            lines.add(new BordereauLine(text(row, "ClaimRef"), text(row, "Paid"), row.getAttribute("currency")));
        }
        return lines;
    }

    /** Legacy partner systems authenticate with an id/key pair from the deployed registry file. */
    public Optional<String> authenticatePartner(String partnerId, String apiKey) throws XPathExpressionException {
        XPath xpath = XPathFactory.newInstance().newXPath();
        String name = xpath.evaluate("/partners/partner[@id='" + partnerId + "' and apiKey='" + apiKey + "']/name", partnerRegistry); // VULN xpath
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }

    public Optional<String> productName(String productCode) throws XPathExpressionException {
        if (!InputRules.isProductCode(productCode)) {
            return Optional.empty();
        }
        XPath xpath = XPathFactory.newInstance().newXPath();
        String name = (String) xpath.compile("/catalog/product[@code='" + productCode + "']/name").evaluate(productCatalog, XPathConstants.STRING); // SAFE xpath
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }

    private static DocumentBuilderFactory hardenedFactory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().trim();
    }
}
