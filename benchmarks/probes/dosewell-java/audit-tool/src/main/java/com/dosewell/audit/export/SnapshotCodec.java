package com.dosewell.audit.export;

import com.dosewell.audit.model.AuditSnapshot;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Binary format used to move a cabinet's audit trail between sites. Version 2
 * snapshots are gzip-free; version 1 files come from sites still on the 2019 release.
 */
public class SnapshotCodec {

    private static final ObjectInputFilter SNAPSHOT_FILTER = ObjectInputFilter.Config.createFilter(
            "maxdepth=6;maxrefs=200000;maxarray=200000;"
            + "com.dosewell.audit.model.AuditSnapshot;com.dosewell.audit.model.AuditEvent;"
            + "java.util.ArrayList;java.lang.String;java.lang.Integer;java.lang.Long;java.lang.Number;"
            + "java.math.BigDecimal;java.math.BigInteger;java.time.Ser;java.time.Instant;!*");

    public void encode(AuditSnapshot snapshot, OutputStream out) throws IOException {
        ObjectOutputStream oos = new ObjectOutputStream(out);
        oos.writeObject(snapshot);
        oos.flush();
    }

    public void encodeLegacy(AuditSnapshot snapshot, OutputStream out) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(out);
        encode(snapshot, gzip);
        gzip.finish();
    }

    public AuditSnapshot decode(InputStream in) throws IOException, ClassNotFoundException {
        ObjectInputStream ois = new ObjectInputStream(new BufferedInputStream(in));
        ois.setObjectInputFilter(SNAPSHOT_FILTER);
        Object value = ois.readObject(); // SAFE deser
        if (!(value instanceof AuditSnapshot snapshot)) {
            throw new InvalidClassException("Not an audit snapshot");
        }
        return snapshot;
    }

    public AuditSnapshot decodeLegacy(InputStream in) throws IOException, ClassNotFoundException {
        ObjectInputStream ois = new ObjectInputStream(new GZIPInputStream(in));
        Object value = ois.readObject(); // VULN deser
        if (!(value instanceof AuditSnapshot snapshot)) {
            throw new InvalidClassException("Not an audit snapshot");
        }
        return snapshot;
    }
}
