package com.cargomark.xml;

import java.io.InputStream;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;

import org.springframework.stereotype.Component;

/** Reads response messages from the customs authority (uploaded by brokers from the national portal). */
@Component
public class CustomsResponseReader {

    private final JAXBContext context;

    public CustomsResponseReader() throws JAXBException {
        this.context = JAXBContext.newInstance(CustomsResponse.class);
    }

    public CustomsResponse read(InputStream in) throws JAXBException, XMLStreamException {
        XMLStreamReader reader = XmlFactories.newXmlInputFactory().createXMLStreamReader(in);
        try {
            return context.createUnmarshaller().unmarshal(reader, CustomsResponse.class).getValue(); // SAFE xxe
        } finally {
            reader.close();
        }
    }
}
