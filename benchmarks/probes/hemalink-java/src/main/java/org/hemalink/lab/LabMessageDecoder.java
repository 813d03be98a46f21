package org.hemalink.lab;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Decodes everything the analysers and the LIMS send us: single XML result messages, streamed
 * overnight batches, QC bundles, and the Java-serialised objects posted by older gateways
 * (firmware 4.x posts to /results/object, 5.x and later to /results/object-v2).
 */
@ApplicationScoped
public class LabMessageDecoder {

    /** Single result message posted by an analyser gateway. */
    public List<LabResult> parseResultDocument(InputStream xml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            Document doc = builder.parse(xml); // VULN xxe
            return fromDocument(doc);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("unreadable result message", e);
        }
    }

    /** Overnight batch file, often tens of megabytes, so it is streamed. */
    public List<LabResult> parseBatch(Path batchFile) throws IOException {
        BatchHandler handler = new BatchHandler();
        try (InputStream in = Files.newInputStream(batchFile)) {
            SAXParser parser = SAXParserFactory.newInstance().newSAXParser();
            parser.parse(in, handler); // VULN xxe
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("unreadable batch " + batchFile.getFileName(), e);
        }
        return handler.results;
    }

    static List<LabResult> fromDocument(Document doc) {
        List<LabResult> out = new ArrayList<>();
        Element root = doc.getDocumentElement();
        String analyser = root.getAttribute("analyser");
        NodeList nodes = root.getElementsByTagName("result");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            out.add(new LabResult(
                    e.getAttribute("sample"),
                    e.getAttribute("analyte"),
                    e.getTextContent().trim(),
                    e.getAttribute("unit"),
                    e.getAttribute("flag"),
                    analyser,
                    parseInstant(e.getAttribute("at"))));
        }
        return out;
    }

    private static Instant parseInstant(String value) {
        return value == null || value.isBlank() ? Instant.now() : Instant.parse(value);
    }

    private static final class BatchHandler extends DefaultHandler {
        private final List<LabResult> results = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private String analyser;
        private Attributes current;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if ("batch".equals(qName)) {
                analyser = attributes.getValue("analyser");
            } else if ("result".equals(qName)) {
                current = new org.xml.sax.helpers.AttributesImpl(attributes);
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
            if ("result".equals(qName) && current != null) {
                results.add(new LabResult(current.getValue("sample"), current.getValue("analyte"), text.toString().trim(),
                        current.getValue("unit"), current.getValue("flag"), analyser, parseInstant(current.getValue("at"))));
                current = null;
            }
        }
    }

    @XmlRootElement(name = "qcBundle")
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class QcBundle {
        @XmlAttribute
        public String analyser;
        @XmlElement(name = "run")
        public List<QcRun> runs = new ArrayList<>();
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    public static class QcRun {
        @XmlAttribute
        public String lot;
        @XmlAttribute
        public String level;
        @XmlAttribute
        public boolean passed;
        @XmlElement
        public String comment;
    }

    private final JAXBContext context;

    public LabMessageDecoder() {
        try {
            context = JAXBContext.newInstance(QcBundle.class);
        } catch (JAXBException e) {
            throw new IllegalStateException(e);
        }
    }

    public QcBundle parseQcBundle(Path file) throws IOException {
        XMLInputFactory xif = XMLInputFactory.newFactory();
        xif.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        xif.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader reader = xif.createXMLStreamReader(in);
            Unmarshaller unmarshaller = context.createUnmarshaller();
            return (QcBundle) unmarshaller.unmarshal(reader); // SAFE xxe
        } catch (XMLStreamException | JAXBException e) {
            throw new IOException("unreadable QC bundle " + file.getFileName(), e);
        }
    }

    /** Loads a batch document that is already on disk for ad-hoc queries from the lab console. */
    public Document parseStoredBatch(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(in); // SAFE xxe
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("unreadable batch document", e);
        }
    }

    private static final ObjectInputFilter RESULT_FILTER = ObjectInputFilter.Config.createFilter(
            "maxdepth=6;maxrefs=200;maxbytes=131072;org.hemalink.lab.LabResult;java.lang.String;java.time.Ser;java.time.Instant;!*");

    public LabResult decode(InputStream body) throws IOException {
        try (ObjectInputStream in = new ObjectInputStream(body)) {
            Object payload = in.readObject(); // VULN deser
            return asResult(payload);
        } catch (ClassNotFoundException e) {
            throw new IOException("unknown payload class", e);
        }
    }

    public LabResult decodeFiltered(InputStream body) throws IOException {
        try (ObjectInputStream in = new ObjectInputStream(body)) {
            in.setObjectInputFilter(RESULT_FILTER);
            Object payload = in.readObject(); // SAFE deser
            return asResult(payload);
        } catch (ClassNotFoundException e) {
            throw new IOException("unknown payload class", e);
        }
    }

    private static LabResult asResult(Object payload) throws IOException {
        if (payload instanceof LabResult result) {
            return result;
        }
        throw new IOException("expected LabResult but got " + (payload == null ? "null" : payload.getClass().getName()));
    }
}
