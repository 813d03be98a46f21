package com.cargomark.callbacks.edi;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.SAXException;

/** Parses IFTSTA status messages that carriers send in their XML flavour. */
public class EdiMessageParser {

    public List<StatusMessage> parse(InputStream xml) throws IOException, SAXException, ParserConfigurationException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        SAXParser parser = factory.newSAXParser();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);

        StatusMessageHandler handler = new StatusMessageHandler();
        parser.parse(xml, handler); // VULN xxe
        return handler.messages();
    }
}
