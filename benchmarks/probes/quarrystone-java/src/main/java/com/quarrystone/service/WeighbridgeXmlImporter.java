package com.quarrystone.service;

import com.quarrystone.dto.WeighReading;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Imports batch exports from the weighbridge indicator software (Avery / Precia XML format)
 * and calibration reports from the service engineer. Nightly exports from every bridge are
 * also kept on disk and searched by the customer portal.
 */
public class WeighbridgeXmlImporter {

    private final XPathFactory xpathFactory = XPathFactory.newInstance();
    private final Path exportDir;

    public WeighbridgeXmlImporter(Path exportDir) {
        this.exportDir = exportDir;
    }

    /** Parses an end-of-day batch export uploaded from the weighbridge PC. */
    public List<WeighReading> importBatch(String xml) throws IOException {
        try {
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            dbf.setNamespaceAware(true);
            DocumentBuilder builder = dbf.newDocumentBuilder();
            Document doc = builder.parse(new InputSource(new StringReader(xml))); // VULN xxe
            return readings(doc.getElementsByTagName("reading"));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("Malformed batch export", e);
        }
    }

    /** Parses a calibration report and returns the certified maximum capacity in kg. */
    public BigDecimal calibrationCapacity(String xml) throws IOException {
        try {
            Document doc = hardenedBuilder().parse(new InputSource(new StringReader(xml))); // SAFE xxe
            Element root = doc.getDocumentElement();
            return new BigDecimal(root.getAttribute("maxCapacityKg"));
        } catch (ParserConfigurationException | SAXException | NumberFormatException e) {
            throw new IOException("Malformed calibration report", e);
        }
    }

    /** Readings from a stored daily export for one of the customer's trucks. */
    public List<WeighReading> readingsForTruck(LocalDate day, long customerId, String registration) throws IOException {
        try {
            Document doc = dailyExport(day);
            XPath xpath = xpathFactory.newXPath();
            String expr = "//reading[@customer='" + customerId + "' and @reg='" + registration + "']";
            NodeList nodes = (NodeList) xpath.evaluate(expr, doc, XPathConstants.NODESET); // VULN xpath
            return readings(nodes);
        } catch (ParserConfigurationException | SAXException | XPathExpressionException e) {
            throw new IOException("Cannot search export", e);
        }
    }

    /** Readings from a stored daily export for one weighbridge, using XPath variables. */
    public List<WeighReading> readingsForBridge(LocalDate day, long customerId, String bridgeId) throws IOException {
        try {
            Document doc = dailyExport(day);
            XPath xpath = xpathFactory.newXPath();
            xpath.setXPathVariableResolver((QName name) -> {
                switch (name.getLocalPart()) {
                    case "bridge": return bridgeId;
                    case "customer": return Long.toString(customerId);
                    default: return null;
                }
            });
            NodeList nodes = (NodeList) xpath.evaluate("//reading[@customer=$customer and @bridge=$bridge]", doc, XPathConstants.NODESET); // SAFE xpath
            return readings(nodes);
        } catch (ParserConfigurationException | SAXException | XPathExpressionException e) {
            throw new IOException("Cannot search export", e);
        }
    }

    private Document dailyExport(LocalDate day) throws IOException, ParserConfigurationException, SAXException {
        Path file = exportDir.resolve("export-" + day + ".xml");
        try (InputStream in = Files.newInputStream(file)) {
            return hardenedBuilder().parse(in);
        }
    }

    private static DocumentBuilder hardenedBuilder() throws ParserConfigurationException {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        dbf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        dbf.setXIncludeAware(false);
        dbf.setExpandEntityReferences(false);
        return dbf.newDocumentBuilder();
    }

    private static List<WeighReading> readings(NodeList nodes) {
        List<WeighReading> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            WeighReading r = new WeighReading();
            r.setBridgeId(e.getAttribute("bridge"));
            r.setTicketNo(e.getAttribute("ticket"));
            r.setTruckReg(e.getAttribute("reg"));
            r.setKind("G".equals(e.getAttribute("type")) ? WeighReading.Kind.GROSS : WeighReading.Kind.TARE);
            r.setKilograms(new BigDecimal(e.getAttribute("kg")));
            r.setStable(!"0".equals(e.getAttribute("stable")));
            r.setOperatorNote(e.getTextContent() == null ? null : e.getTextContent().trim());
            out.add(r);
        }
        return out;
    }
}
