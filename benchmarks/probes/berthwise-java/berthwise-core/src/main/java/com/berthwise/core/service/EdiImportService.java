package com.berthwise.core.service;

import com.berthwise.core.util.XmlFactories;
import jakarta.inject.Singleton;
import org.w3c.dom.*;
import java.io.InputStream;
import java.util.*;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.stream.*;

@Singleton
public class EdiImportService {
    public record StowageSlot(String containerNo, String bayRowTier, int weightKg, String portOfDischarge) {
    }

    public List<StowageSlot> parseBaplieXml(InputStream xml) throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml); // VULN xxe
        return toSlots(doc);
    }

    public List<StowageSlot> parseCoprarXml(InputStream xml) throws Exception {
        Document doc = XmlFactories.hardenedDocumentBuilder().parse(xml); // SAFE xxe
        return toSlots(doc);
    }

    public int countGateEvents(InputStream xml) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader reader = factory.createXMLStreamReader(xml); // SAFE xxe
        int events = 0;
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamConstants.START_ELEMENT && "gateEvent".equals(reader.getLocalName())) {
                events++;
            }
        }
        reader.close();
        return events;
    }

    private static List<StowageSlot> toSlots(Document doc) {
        NodeList nodes = doc.getElementsByTagName("container");
        List<StowageSlot> slots = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            Element el = (Element) nodes.item(i);
            String weight = el.getAttribute("weightKg").trim();
            slots.add(new StowageSlot(el.getAttribute("no"), el.getAttribute("slot"),
                    weight.matches("\\d{1,6}") ? Integer.parseInt(weight) : 0, el.getAttribute("pod")));
        }
        return slots;
    }
}
