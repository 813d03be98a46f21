package com.ledgerbay.service;

import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Section/chapter notes and binding-ruling cross references, kept as an XML rule book that
 * the compliance team republishes whenever the HTSUS is revised.
 */
public class ClassificationRuleService {

    private final Document ruleBook;
    private final XPathFactory xpathFactory = XPathFactory.newInstance();

    public ClassificationRuleService(Path ruleBookFile) {
        try (InputStream in = Files.newInputStream(ruleBookFile)) {
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            dbf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            dbf.setNamespaceAware(false);
            this.ruleBook = dbf.newDocumentBuilder().parse(in);
        } catch (Exception e) {
            throw new IllegalStateException("cannot load classification rule book " + ruleBookFile, e);
        }
    }

    /**
     * Notes attached to a specific tariff line, shown next to the duty estimate.
     */
    public List<String> notesForLine(String htsCode) {
        XPath xpath = xpathFactory.newXPath();
        try {
            NodeList nodes = (NodeList) xpath.evaluate("/rulebook/line[@hts='" + htsCode + "']/note/text()", ruleBook, XPathConstants.NODESET); // VULN xpath
            return texts(nodes);
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException("bad HTS code for note lookup");
        }
    }

    /**
     * Chapter-level legal notes ("Chapter 84 Note 5(A)") for the browse screen.
     */
    public List<String> notesForChapter(String chapter) {
        XPath xpath = xpathFactory.newXPath();
        Map<QName, Object> vars = Map.of(new QName("chapter"), chapter);
        xpath.setXPathVariableResolver(vars::get);
        try {
            NodeList nodes = (NodeList) xpath.evaluate("/rulebook/chapter[@number=$chapter]/note/text()", ruleBook, XPathConstants.NODESET); // SAFE xpath
            return texts(nodes);
        } catch (XPathExpressionException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> texts(NodeList nodes) {
        List<String> out = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getNodeValue().strip());
        }
        return out;
    }
}
