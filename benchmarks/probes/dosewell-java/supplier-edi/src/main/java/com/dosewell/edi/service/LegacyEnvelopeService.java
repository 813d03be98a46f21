package com.dosewell.edi.service;

import com.dosewell.edi.model.LegacyPriceUpdate;
import com.dosewell.edi.model.LegacyShipNotice;
import com.thoughtworks.xstream.XStream;
import com.thoughtworks.xstream.io.xml.DomDriver;
import com.thoughtworks.xstream.security.AnyTypePermission;
import org.springframework.stereotype.Service;

/**
 * Reads documents produced by the legacy X12 bridge, which serialises its Java
 * objects with XStream.
 */
@Service
public class LegacyEnvelopeService {

    private final XStream shipNotices;
    private final XStream priceUpdates;

    public LegacyEnvelopeService() {
        shipNotices = new XStream(new DomDriver());
        shipNotices.addPermission(AnyTypePermission.ANY);
        shipNotices.alias("shipNotice", LegacyShipNotice.class);
        shipNotices.alias("line", LegacyShipNotice.Line.class);
        shipNotices.ignoreUnknownElements();

        priceUpdates = new XStream(new DomDriver());
        priceUpdates.allowTypes(new Class[] {LegacyPriceUpdate.class, LegacyPriceUpdate.Entry.class});
        priceUpdates.alias("priceUpdate", LegacyPriceUpdate.class);
        priceUpdates.alias("entry", LegacyPriceUpdate.Entry.class);
        priceUpdates.ignoreUnknownElements();
    }

    public LegacyShipNotice readShipNotice(String xml) {
        return (LegacyShipNotice) shipNotices.fromXML(xml); // VULN deser
    }

    public LegacyPriceUpdate readPriceUpdate(String xml) {
        return (LegacyPriceUpdate) priceUpdates.fromXML(xml); // SAFE deser
    }
}
