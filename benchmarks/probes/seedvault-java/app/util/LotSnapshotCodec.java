package util;

import dto.LotSnapshot;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.util.ArrayList;
import java.util.List;

/** Decodes lot snapshots pushed by peer seed bank nodes. */
public final class LotSnapshotCodec {

    private static final ObjectInputFilter SNAPSHOT_FILTER = ObjectInputFilter.Config.createFilter(
            "dto.LotSnapshot;java.math.BigDecimal;java.math.BigInteger;java.time.Ser;java.lang.Number;java.lang.String;maxdepth=4;maxrefs=64;!*");

    private LotSnapshotCodec() {
    }

    /** Batch format: a serialized ArrayList of snapshots (nodes running release 1.2 and older). */
    @SuppressWarnings("unchecked")
    public static List<LotSnapshot> decodeBatch(byte[] body) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(body))) {
            Object value = in.readObject(); // VULN deser
            if (value instanceof List<?>) {
                return new ArrayList<>((List<LotSnapshot>) value);
            }
            throw new InvalidClassException("expected a list of snapshots");
        }
    }

    /** Single snapshot format used by release 1.3+, restricted to the snapshot class graph. */
    public static LotSnapshot decodeSingle(byte[] body) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(body))) {
            in.setObjectInputFilter(SNAPSHOT_FILTER);
            Object value = in.readObject(); // SAFE deser
            if (!(value instanceof LotSnapshot)) {
                throw new InvalidClassException("expected a lot snapshot");
            }
            return (LotSnapshot) value;
        }
    }
}
