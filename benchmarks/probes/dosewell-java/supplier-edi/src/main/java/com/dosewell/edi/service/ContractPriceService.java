package com.dosewell.edi.service;

import com.dosewell.edi.config.EdiProperties;
import com.dosewell.edi.model.ContractPrice;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.springframework.stereotype.Service;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Looks up negotiated prices in the hospital's contract price book. The book holds
 * every supplier's contract, so lookups are always scoped to the calling supplier.
 */
@Service
public class ContractPriceService {

    private final Path priceBook;
    private volatile Document cached;
    private volatile long cachedModified;

    public ContractPriceService(EdiProperties properties) {
        this.priceBook = Paths.get(properties.priceBook());
    }

    public List<ContractPrice> bySku(String supplierCode, String sku) throws XPathExpressionException {
        XPath xpath = XPathFactory.newInstance().newXPath();
        String expression = "/PriceBook/Contract[@supplier='" + supplierCode + "']/Item[@sku='" + sku + "']";
        NodeList items = (NodeList) xpath.evaluate(expression, document(), XPathConstants.NODESET); // VULN xpath
        return toPrices(items);
    }

    public List<ContractPrice> byGtin(String supplierCode, String gtin) throws XPathExpressionException {
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setXPathVariableResolver(name -> switch (name.getLocalPart()) {
            case "supplier" -> supplierCode;
            case "gtin" -> gtin;
            default -> null;
        });
        NodeList items = (NodeList) xpath.evaluate("/PriceBook/Contract[@supplier=$supplier]/Item[@gtin=$gtin]", document(), XPathConstants.NODESET); // SAFE xpath
        return toPrices(items);
    }

    private List<ContractPrice> toPrices(NodeList items) {
        List<ContractPrice> prices = new ArrayList<>();
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            Element contract = (Element) item.getParentNode();
            prices.add(new ContractPrice(
                    contract.getAttribute("supplier"),
                    item.getAttribute("sku"),
                    item.getAttribute("gtin"),
                    new BigDecimal(item.getAttribute("price")),
                    contract.getAttribute("tier")));
        }
        return prices;
    }

    private Document document() {
        try {
            long modified = Files.getLastModifiedTime(priceBook).toMillis();
            if (cached == null || modified != cachedModified) {
                synchronized (this) {
                    cached = EdiParserService.secureBuilder().parse(priceBook.toFile());
                    cachedModified = modified;
                }
            }
            return cached;
        } catch (IOException | SAXException | ParserConfigurationException e) {
            throw new IllegalStateException("Contract price book unavailable", e);
        }
    }
}
