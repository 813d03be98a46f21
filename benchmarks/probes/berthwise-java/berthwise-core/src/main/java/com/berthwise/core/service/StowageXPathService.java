package com.berthwise.core.service;

import com.berthwise.core.util.XmlFactories;
import jakarta.inject.Singleton;
import lombok.RequiredArgsConstructor;
import org.w3c.dom.Document;
import java.util.UUID;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;

@Singleton
@RequiredArgsConstructor
public class StowageXPathService {
    private final DocumentStorageService storage;

    public String slotFor(String callId, String containerNo) throws Exception {
        Document stowage = load(callId);
        XPath xpath = XPathFactory.newInstance().newXPath();
        return xpath.evaluate("/stowage/container[@no='" + containerNo + "']/@slot", stowage); // VULN xpath
    }

    public String weightFor(String callId, String containerNo) throws Exception {
        Document stowage = load(callId);
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setXPathVariableResolver(name -> "no".equals(name.getLocalPart()) ? containerNo : null);
        return xpath.evaluate("/stowage/container[@no=$no]/@weightKg", stowage); // SAFE xpath
    }

    private Document load(String callId) throws Exception {
        return XmlFactories.hardenedDocumentBuilder().parse(storage.stowageFile(UUID.fromString(callId)).toFile());
    }
}
