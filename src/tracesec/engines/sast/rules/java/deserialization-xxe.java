package com.acme.billing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.impl.LaissezFaireSubTypeValidator;
import java.io.InputStream;
import java.io.ObjectInputStream;
import javax.ws.rs.POST;
import javax.servlet.http.HttpServletRequest;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

public class Imports {
    public Object restore(HttpServletRequest request) throws Exception {
        // ruleid: trace.java.deserialization.untrusted-object-stream
        Object o = new ObjectInputStream(request.getInputStream()).readObject();
        InputStream in = request.getInputStream();
        ObjectInputStream ois = new ObjectInputStream(in);
        // ruleid: trace.java.deserialization.untrusted-object-stream
        return ois.readObject();
    }

    public Object restoreLocal(InputStream trustedCache) throws Exception {
        // ok: trace.java.deserialization.untrusted-object-stream
        return new ObjectInputStream(trustedCache).readObject();
    }

    public Object yaml(String text) {
        // ruleid: trace.java.deserialization.unsafe-yaml-constructor
        Object a = new Yaml().load(text);
        Yaml safe = new Yaml(new SafeConstructor(new org.yaml.snakeyaml.LoaderOptions()));
        // ok: trace.java.deserialization.unsafe-yaml-constructor
        Object b = safe.load(text);
        return a;
    }

    public Object lineProfile(String text) {
        org.yaml.snakeyaml.LoaderOptions options = new org.yaml.snakeyaml.LoaderOptions();
        options.setTagInspector(tag -> true);
        // ruleid: trace.java.deserialization.unsafe-yaml-constructor
        Object profile = new Yaml(new org.yaml.snakeyaml.constructor.Constructor(Object.class, options)).load(text);
        Yaml kept = new Yaml(options);
        // ruleid: trace.java.deserialization.unsafe-yaml-constructor
        return kept.loadAs(text, Object.class);
    }

    public Object stationList(String text) {
        org.yaml.snakeyaml.LoaderOptions options = new org.yaml.snakeyaml.LoaderOptions();
        options.setTagInspector(tag -> tag.getClassName().startsWith("coop.pressworks.plc."));
        // ok: trace.java.deserialization.unsafe-yaml-constructor
        return new Yaml(new org.yaml.snakeyaml.constructor.Constructor(Object.class, options)).load(text);
    }

    public ObjectMapper mapper() {
        ObjectMapper m = new ObjectMapper();
        // ruleid: trace.java.deserialization.jackson-default-typing
        m.enableDefaultTyping();
        ObjectMapper strict = new ObjectMapper();
        // ok: trace.java.deserialization.jackson-default-typing
        strict.findAndRegisterModules();
        // ruleid: trace.java.deserialization.jackson-default-typing
        ObjectMapper legacy = new ObjectMapper().activateDefaultTyping(LaissezFaireSubTypeValidator.instance, ObjectMapper.DefaultTyping.NON_FINAL);
        return m;
    }

    public void roster(java.io.InputStream body, org.xml.sax.helpers.DefaultHandler handler) throws Exception {
        javax.xml.parsers.SAXParser parser = SAXParserFactory.newInstance().newSAXParser();
        // ruleid: trace.java.xxe.document-builder-without-protection
        parser.parse(body, handler);
    }

    public DocumentBuilder unsafeBuilder() throws Exception {
        // ruleid: trace.java.xxe.document-builder-without-protection
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        return dbf.newDocumentBuilder();
    }

    public DocumentBuilder safeBuilder() throws Exception {
        // ok: trace.java.xxe.document-builder-without-protection
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return dbf.newDocumentBuilder();
    }

    public void stax(InputStream in) throws Exception {
        // ruleid: trace.java.xxe.xml-input-factory
        XMLInputFactory bad = XMLInputFactory.newInstance();
        bad.createXMLStreamReader(in);
        // ok: trace.java.xxe.xml-input-factory
        XMLInputFactory good = XMLInputFactory.newInstance();
        good.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        good.createXMLStreamReader(in);
    }

    @PostMapping("/restore")
    public Object restoreParam(@RequestParam String blob) throws Exception {
        byte[] raw = java.util.Base64.getDecoder().decode(blob.replace('-', '+'));
        try (ObjectInputStream in = new ObjectInputStream(new java.io.ByteArrayInputStream(raw))) {
            // ruleid: trace.java.deserialization.untrusted-object-stream
            return in.readObject();
        }
    }

    public Object restoreField(byte[] cached) throws Exception {
        // ok: trace.java.deserialization.untrusted-object-stream
        return new ObjectInputStream(new java.io.ByteArrayInputStream(cached)).readObject();
    }
}

// JAX-RS: the unannotated parameter of a resource method is the request body
@javax.ws.rs.Path("/snapshots")
class SnapshotResource {
    @POST
    public Object restore(InputStream body) throws Exception {
        // ruleid: trace.java.deserialization.untrusted-object-stream
        return new ObjectInputStream(body).readObject();
    }

    @javax.ws.rs.GET
    public Object bundled(@javax.ws.rs.QueryParam("name") String name) throws Exception {
        // ok: trace.java.deserialization.untrusted-object-stream
        return new ObjectInputStream(SnapshotResource.class.getResourceAsStream("/snapshots/default.bin")).readObject();
    }
}


class EdiParser {
    List<String> parseLate(InputStream xml, DefaultHandler handler) throws Exception {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        SAXParser parser = factory.newSAXParser();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        // ruleid: trace.java.xxe.parser-hardened-after-creation
        parser.parse(xml, handler);
        return null;
    }

    List<String> parseHardened(InputStream xml, DefaultHandler handler) throws Exception {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        SAXParser parser = factory.newSAXParser();
        factory.setNamespaceAware(true);
        // ok: trace.java.xxe.parser-hardened-after-creation
        parser.parse(xml, handler);
        return null;
    }
}

class XxeAtParse {
    public org.w3c.dom.Document manifest(java.io.InputStream xml) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        DocumentBuilder builder = dbf.newDocumentBuilder();
        // ruleid: trace.java.xxe.document-builder-without-protection
        return builder.parse(xml);
    }

    public org.w3c.dom.Document hardened(java.io.InputStream xml) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        // ok: trace.java.xxe.document-builder-without-protection
        return dbf.newDocumentBuilder().parse(xml);
    }

    public void feed(java.io.InputStream in, org.xml.sax.helpers.DefaultHandler handler) throws Exception {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        // ruleid: trace.java.xxe.document-builder-without-protection
        factory.newSAXParser().parse(in, handler);
    }
}

class DecoderPrefs {
    public Object prefs(javax.servlet.http.HttpServletRequest req) throws Exception {
        byte[] xml = java.util.Base64.getUrlDecoder().decode(req.getParameter("prefs"));
        // ruleid: trace.java.deserialization.untrusted-object-stream
        try (java.beans.XMLDecoder decoder = new XMLDecoder(new java.io.ByteArrayInputStream(xml))) {
            return decoder.readObject();
        }
    }

    public org.w3c.dom.Document bundled() throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        // ok: trace.java.xxe.document-builder-without-protection
        return dbf.newDocumentBuilder().parse(getClass().getResourceAsStream("/catalog/catalog.xml"));
    }
}
