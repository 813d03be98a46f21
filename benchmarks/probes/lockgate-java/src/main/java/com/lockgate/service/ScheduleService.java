package com.lockgate.service;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Lock operating schedules (opening windows, winter hours). Published as XML by the
 * waterway companies; keepers may also upload a locally edited copy.
 *
 * <pre>
 * &lt;schedule waterway="grand-union"&gt;
 *   &lt;lock name="Hatton 21" code="HL21"&gt;
 *     &lt;window from="08:00" to="18:00" days="Mon-Sun"/&gt;
 *   &lt;/lock&gt;
 * &lt;/schedule&gt;
 * </pre>
 */
public class ScheduleService {

    public record Window(String from, String to, String days) {
    }

    private static final ScheduleService INSTANCE = new ScheduleService();

    private final AtomicReference<Document> current = new AtomicReference<>();

    public static ScheduleService get() {
        return INSTANCE;
    }

    /** Keeper upload of an edited schedule from the office spreadsheet export. */
    public int importUpload(InputStream xml) throws IOException {
        try {
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            dbf.setNamespaceAware(true);
            DocumentBuilder builder = dbf.newDocumentBuilder();
            Document doc = builder.parse(xml); // VULN xxe
            return install(doc);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("schedule is not valid XML", e);
        }
    }

    /** The authority's nightly feed. */
    public int importAuthorityFeed(InputStream xml) throws IOException {
        try {
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            dbf.setNamespaceAware(true);
            dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            dbf.setFeature("http://xml.org/sax/features/external-general-entities", false);
            dbf.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            dbf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            dbf.setXIncludeAware(false);
            dbf.setExpandEntityReferences(false);
            Document doc = dbf.newDocumentBuilder().parse(xml); // SAFE xxe
            return install(doc);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("authority schedule rejected", e);
        }
    }

    private int install(Document doc) {
        Element root = doc.getDocumentElement();
        if (!"schedule".equals(root.getLocalName()) && !"schedule".equals(root.getNodeName())) {
            throw new IllegalArgumentException("root element must be <schedule>");
        }
        current.set(doc);
        return root.getElementsByTagName("lock").getLength();
    }

    /** Lookup by the lock's display name, as typed on the keeper page. */
    public List<Window> windowsForLockName(String lockName) throws XPathExpressionException {
        Document doc = requireSchedule();
        XPath xpath = XPathFactory.newInstance().newXPath();
        NodeList nodes = (NodeList) xpath.evaluate("/schedule/lock[@name='" + lockName + "']/window", doc, XPathConstants.NODESET); // VULN xpath
        return toWindows(nodes);
    }

    /** Lookup by lock code, used by the API. */
    public List<Window> windowsForLockCode(String lockCode) throws XPathExpressionException {
        Document doc = requireSchedule();
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setXPathVariableResolver((QName name) -> "code".equals(name.getLocalPart()) ? lockCode : null);
        NodeList nodes = (NodeList) xpath.evaluate("/schedule/lock[@code=$code]/window", doc, XPathConstants.NODESET); // SAFE xpath
        return toWindows(nodes);
    }

    private Document requireSchedule() {
        Document doc = current.get();
        if (doc == null) {
            throw new IllegalStateException("no schedule loaded yet");
        }
        return doc;
    }

    private static List<Window> toWindows(NodeList nodes) {
        List<Window> out = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            Element w = (Element) nodes.item(i);
            out.add(new Window(w.getAttribute("from"), w.getAttribute("to"), w.getAttribute("days")));
        }
        return out;
    }
}
