package org.stlukes.dispensa.pharmacy.service;

import org.springframework.stereotype.Service;
import org.stlukes.dispensa.pharmacy.legacy.DispensingCart;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import javax.xml.parsers.SAXParserFactory;
import java.io.*;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

@Service
public class LegacyImportService {

    private static final ObjectInputFilter CART_FILTER = ObjectInputFilter.Config.createFilter(
            "org.stlukes.dispensa.pharmacy.legacy.*;java.util.ArrayList;java.math.BigDecimal;java.math.BigInteger;"
                    + "java.lang.Number;java.lang.String;maxdepth=8;maxrefs=5000;!*");

    public List<DispensingCart.Line> restoreCart(InputStream in) throws IOException {
        try (ObjectInputStream ois = new ObjectInputStream(in)) {
            DispensingCart cart = (DispensingCart) ois.readObject(); // VULN deser
            return cart.lines();
        } catch (ClassNotFoundException e) {
            throw new InvalidObjectException("not a Dispensa cart export");
        }
    }

    public List<DispensingCart.Line> restoreCartFiltered(InputStream in) throws IOException {
        try (ObjectInputStream ois = new ObjectInputStream(in)) {
            ois.setObjectInputFilter(CART_FILTER);
            DispensingCart cart = (DispensingCart) ois.readObject(); // SAFE deser
            return cart.lines();
        } catch (ClassNotFoundException e) {
            throw new InvalidObjectException("not a Dispensa cart export");
        }
    }

    public Map<String, Object> readWardStock(String yaml) {
        Object document = new Yaml().load(yaml); // VULN deser
        return summarise(document);
    }

    public Map<String, Object> readWardStockStrict(String yaml) {
        Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml); // SAFE deser
        return summarise(document);
    }

    public int countPrescriptionItems(String xml) throws Exception {
        SAXParserFactory spf = SAXParserFactory.newInstance();
        spf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        spf.setFeature("http://xml.org/sax/features/external-general-entities", false);
        spf.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        AtomicInteger items = new AtomicInteger();
        DefaultHandler handler = new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if ("MedicationItem".equals(qName)) {
                    items.incrementAndGet();
                }
            }
        };
        spf.newSAXParser().parse(new InputSource(new StringReader(xml)), handler); // SAFE xxe
        return items.get();
    }

    private static Map<String, Object> summarise(Object document) {
        if (!(document instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("ward stock export must be a mapping");
        }
        Object lines = map.get("stock");
        return Map.of("ward", String.valueOf(map.get("ward")),
                "lines", lines instanceof List<?> list ? list.size() : 0);
    }
}
