package org.stlukes.dispensa.ward.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.w3c.dom.*;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.stream.*;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
public class FormularyXmlImporter {

    public record ItemRecord(String atc, String genericName, String form, String strength) {
    }

    public record PriceLine(String sku, String atc, BigDecimal unitPrice) {
    }

    public List<ItemRecord> parseFormulary(InputStream xml) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        Document doc = dbf.newDocumentBuilder().parse(xml); // VULN xxe
        NodeList nodes = doc.getElementsByTagName("item");
        List<ItemRecord> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            out.add(new ItemRecord(e.getAttribute("atc"), text(e, "genericName"), text(e, "form"), text(e, "strength")));
        }
        return out;
    }

    public List<PriceLine> parseWholesalerFeed(InputStream xml) throws XMLStreamException {
        XMLInputFactory xif = XMLInputFactory.newInstance();
        xif.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        xif.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader reader = xif.createXMLStreamReader(xml); // SAFE xxe
        List<PriceLine> lines = new ArrayList<>();
        try {
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT && "line".equals(reader.getLocalName())) {
                    lines.add(new PriceLine(reader.getAttributeValue(null, "sku"),
                            reader.getAttributeValue(null, "atc"),
                            new BigDecimal(reader.getAttributeValue(null, "unitPrice"))));
                }
            }
        } finally {
            reader.close();
        }
        return lines;
    }

    private static String text(Element parent, String tag) {
        NodeList nl = parent.getElementsByTagName(tag);
        return nl.getLength() == 0 ? null : nl.item(0).getTextContent().trim();
    }
}
