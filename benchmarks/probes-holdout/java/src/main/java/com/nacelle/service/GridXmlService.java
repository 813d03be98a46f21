package com.nacelle.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;

import org.springframework.stereotype.Service;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Parsing of grid operator dispatch instructions (curtailment set-points) and
 * SCADA XML exports.
 */
@Service
public class GridXmlService {

    public record DispatchInstruction(String instructionRef, String gridZone, BigDecimal limitMw, Document document) {
    }

    public record ScadaSample(String turbineTag, String timestamp, double activePowerKw, double windSpeedMs) {
    }

    /**
     * Parses a dispatch instruction pushed by the TSO. Example:
     * <pre>
     * &lt;dispatch ref="TSO-2024-0091" zone="NORTH-3"&gt;
     *   &lt;limitMw&gt;42.5&lt;/limitMw&gt;
     *   &lt;turbine tag="NRT-014"&gt;&lt;limitKw&gt;1500&lt;/limitKw&gt;&lt;/turbine&gt;
     * &lt;/dispatch&gt;
     * </pre>
     */
    public DispatchInstruction parseDispatch(byte[] xml) throws IOException {
        try {
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            dbf.setNamespaceAware(true);
            DocumentBuilder builder = dbf.newDocumentBuilder();
            Document doc = builder.parse(new ByteArrayInputStream(xml)); // VULN xxe
            Element root = doc.getDocumentElement();
            String limit = root.getElementsByTagName("limitMw").item(0).getTextContent().trim();
            return new DispatchInstruction(root.getAttribute("ref"), root.getAttribute("zone"), new BigDecimal(limit), doc);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("Invalid dispatch document", e);
        }
    }

    public List<ScadaSample> parseScadaExport(InputStream in) throws IOException {
        Document doc;
        try {
            doc = hardenedBuilder().parse(in); // SAFE xxe
        } catch (SAXException e) {
            throw new IOException("Invalid SCADA export", e);
        }
        NodeList nodes = doc.getElementsByTagName("sample");
        List<ScadaSample> samples = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            samples.add(new ScadaSample(e.getAttribute("turbine"), e.getAttribute("ts"),
                    Double.parseDouble(e.getAttribute("p")), Double.parseDouble(e.getAttribute("ws"))));
        }
        return samples;
    }

    /** Re-reads a dispatch instruction previously stored in the database. */
    public Document parseStored(String xml) throws IOException {
        try {
            return hardenedBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (SAXException e) {
            throw new IOException("Stored dispatch XML is corrupt", e);
        }
    }

    /** Per-turbine active power limit from a dispatch document. */
    public Optional<String> turbineLimitKw(Document dispatch, String turbineTag) throws XPathExpressionException {
        XPath xpath = XPathFactory.newInstance().newXPath();
        String value = xpath.evaluate("/dispatch/turbine[@tag='" + turbineTag + "']/limitKw", dispatch); // VULN xpath
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /** Zone-level limit, keyed by grid zone sub-element. */
    public Optional<String> zoneLimitMw(Document dispatch, String gridZone) throws XPathExpressionException {
        XPath xpath = XPathFactory.newInstance().newXPath();
        Map<QName, Object> vars = Map.of(new QName("zone"), gridZone);
        xpath.setXPathVariableResolver(vars::get);
        NodeList nodes = (NodeList) xpath.evaluate("/dispatch/zone[@id=$zone]/limitMw", dispatch, XPathConstants.NODESET); // SAFE xpath
        return nodes.getLength() == 0 ? Optional.empty() : Optional.of(nodes.item(0).getTextContent().trim());
    }

    private DocumentBuilder hardenedBuilder() throws IOException {
        try {
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            dbf.setFeature("http://xml.org/sax/features/external-general-entities", false);
            dbf.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            dbf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            dbf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            dbf.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            dbf.setXIncludeAware(false);
            dbf.setExpandEntityReferences(false);
            return dbf.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IOException(e);
        }
    }
}
