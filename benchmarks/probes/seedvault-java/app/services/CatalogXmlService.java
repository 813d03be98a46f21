package services;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;
import util.StorageSettings;

import javax.inject.Inject;
import javax.inject.Singleton;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The regional master catalogue (taxa, families, accessions held by each garden) is published
 * as XML by the network office and refreshed nightly into the imports folder.
 */
@Singleton
public class CatalogXmlService {

    public static final class CatalogEntry {
        public String accession;
        public String taxon;
        public String family;
        public String gardenCode;

        @Override
        public String toString() {
            return accession + " " + taxon;
        }
    }

    private final Path catalogFile;
    private volatile Document catalog;
    private volatile FileTime loadedVersion;

    @Inject
    public CatalogXmlService(StorageSettings settings) {
        this.catalogFile = settings.imports.resolve("regional-catalogue.xml");
    }

    private synchronized Document catalog() throws IOException {
        FileTime current = Files.getLastModifiedTime(catalogFile);
        if (catalog == null || !current.equals(loadedVersion)) {
            try {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
                factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
                factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                factory.setXIncludeAware(false);
                factory.setExpandEntityReferences(false);
                catalog = factory.newDocumentBuilder().parse(catalogFile.toFile()); // SAFE xxe
                loadedVersion = current;
            } catch (ParserConfigurationException | SAXException e) {
                throw new IOException("regional catalogue unreadable", e);
            }
        }
        return catalog;
    }

    /** Accessions for a taxon name, as typed into the kiosk search box. */
    public List<CatalogEntry> taxaByName(String name) throws IOException {
        XPath xpath = XPathFactory.newInstance().newXPath();
        try {
            NodeList nodes = (NodeList) xpath.evaluate("/catalogue/taxon[@name='" + name + "']/accession", catalog(), XPathConstants.NODESET); // VULN xpath
            return toEntries(nodes);
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException("bad taxon name", e);
        }
    }

    /** Accessions for a plant family. */
    public List<CatalogEntry> taxaByFamily(String family) throws IOException {
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setXPathVariableResolver(variable -> new QName("family").equals(variable) ? family : null);
        try {
            NodeList nodes = (NodeList) xpath.evaluate("/catalogue/taxon[@family=$family]/accession", catalog(), XPathConstants.NODESET); // SAFE xpath
            return toEntries(nodes);
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException("bad family", e);
        }
    }

    /** Reads a partner garden's catalogue feed (same schema, streamed because feeds can be large). */
    public List<CatalogEntry> parsePartnerFeed(InputStream feed) throws IOException {
        List<CatalogEntry> entries = new ArrayList<>();
        DefaultHandler handler = new DefaultHandler() {
            private String taxon;
            private String family;
            private CatalogEntry current;
            private final StringBuilder text = new StringBuilder();

            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if ("taxon".equals(qName)) {
                    taxon = attributes.getValue("name");
                    family = attributes.getValue("family");
                } else if ("accession".equals(qName)) {
                    current = new CatalogEntry();
                    current.taxon = taxon;
                    current.family = family;
                    current.gardenCode = attributes.getValue("garden");
                    text.setLength(0);
                }
            }

            @Override
            public void characters(char[] ch, int start, int length) {
                if (current != null) {
                    text.append(ch, start, length);
                }
            }

            @Override
            public void endElement(String uri, String localName, String qName) {
                if ("accession".equals(qName) && current != null) {
                    current.accession = text.toString().trim();
                    entries.add(current);
                    current = null;
                }
            }
        };
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(false);
            factory.newSAXParser().parse(feed, handler); // VULN xxe
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("partner feed is not valid XML", e);
        }
        return entries;
    }

    private static List<CatalogEntry> toEntries(NodeList nodes) {
        List<CatalogEntry> entries = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            Element accession = (Element) nodes.item(i);
            Element taxon = (Element) accession.getParentNode();
            CatalogEntry entry = new CatalogEntry();
            entry.accession = accession.getTextContent().trim();
            entry.gardenCode = accession.getAttribute("garden");
            entry.taxon = taxon.getAttribute("name");
            entry.family = taxon.getAttribute("family");
            entries.add(entry);
        }
        return entries;
    }
}
