package com.moorgate.service;

import org.w3c.dom.Document;

import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Reads Institute Cargo Clause wordings from the policy XML documents.
 */
public class PolicyClauseService {

    private static final Pattern POLICY_NUMBER = Pattern.compile("^[A-Z]{3}\\d{6}$");

    private final Path policyDir;
    private final Map<String, Document> cache = new ConcurrentHashMap<>();
    private final DocumentBuilderFactory factory;

    public PolicyClauseService(Path policyDir) {
        this.policyDir = policyDir;
        this.factory = DocumentBuilderFactory.newInstance();
        try {
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    public String clauseText(String policyNumber, String clauseCode) throws Exception {
        Document doc = load(policyNumber);
        XPath xpath = XPathFactory.newInstance().newXPath();
        String expression = "/policy/clauses/clause[@code='" + clauseCode + "']/wording";
        return xpath.evaluate(expression, doc); // VULN xpath
    }

    public String clauseTitle(String policyNumber, String clauseCode) throws Exception {
        Document doc = load(policyNumber);
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setXPathVariableResolver(name -> new QName("code").equals(name) ? clauseCode : null);
        return (String) xpath.evaluate("/policy/clauses/clause[@code=$code]/title", doc, XPathConstants.STRING); // SAFE xpath
    }

    private Document load(String policyNumber) throws IOException {
        if (policyNumber == null || !POLICY_NUMBER.matcher(policyNumber).matches()) {
            throw new IllegalArgumentException("Malformed policy number");
        }
        Document cached = cache.get(policyNumber);
        if (cached != null) {
            return cached;
        }
        try (InputStream in = Files.newInputStream(policyDir.resolve(policyNumber + ".xml"))) { // SAFE path
            DocumentBuilder builder = factory.newDocumentBuilder();
            Document doc = builder.parse(in); // SAFE xxe
            cache.put(policyNumber, doc);
            return doc;
        } catch (ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IOException("Unreadable policy wording " + policyNumber, e);
        }
    }

    static boolean isXPathError(Throwable t) {
        return t instanceof XPathExpressionException;
    }
}
