package internal;

import com.linecorp.armeria.common.AggregatedHttpRequest;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.HttpStatus;
import com.linecorp.armeria.server.annotation.Blocking;
import com.linecorp.armeria.server.annotation.Header;
import com.linecorp.armeria.server.annotation.Post;
import dto.LotSnapshot;
import models.SeedLot;
import play.Logger;
import services.DepositService;
import services.TokenService;
import util.LotSnapshotCodec;

import javax.inject.Inject;
import javax.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Replication endpoints: peer nodes push snapshots of their holdings so that the duplicate
 * safety-collection stock can be reconciled.
 */
@Singleton
@Blocking
public class SyncApiService {

    private static final Logger.ALogger LOG = Logger.of(SyncApiService.class);

    private final DepositService deposits;
    private final TokenService tokens;

    @Inject
    public SyncApiService(DepositService deposits, TokenService tokens) {
        this.deposits = deposits;
        this.tokens = tokens;
    }

    @Post("/sync/lots")
    public HttpResponse pushBatch(@Header("authorization") Optional<String> authorization, AggregatedHttpRequest request) throws Exception {
        if (tokens.verifyPartner(authorization.orElse(null)).isEmpty()) {
            return HttpResponse.of(HttpStatus.UNAUTHORIZED);
        }
        List<LotSnapshot> snapshots = LotSnapshotCodec.decodeBatch(request.content().array());
        return HttpResponse.ofJson(reconcile(snapshots));
    }

    @Post("/sync/lot")
    public HttpResponse pushOne(@Header("authorization") Optional<String> authorization, AggregatedHttpRequest request) throws Exception {
        if (tokens.verifyPartner(authorization.orElse(null)).isEmpty()) {
            return HttpResponse.of(HttpStatus.UNAUTHORIZED);
        }
        LotSnapshot snapshot = LotSnapshotCodec.decodeSingle(request.content().array());
        return HttpResponse.ofJson(reconcile(List.of(snapshot)));
    }

    private Map<String, Object> reconcile(List<LotSnapshot> snapshots) {
        List<String> missing = new ArrayList<>();
        List<String> diverging = new ArrayList<>();
        for (LotSnapshot snapshot : snapshots) {
            Optional<SeedLot> local = deposits.findByAccession(snapshot.accessionNumber);
            if (local.isEmpty()) {
                missing.add(snapshot.accessionNumber);
            } else if (snapshot.quantityGrams != null && local.get().quantityGrams != null
                    && snapshot.quantityGrams.compareTo(local.get().quantityGrams) != 0) {
                diverging.add(snapshot.accessionNumber);
            }
        }
        LOG.info("sync: {} snapshots, {} missing, {} diverging", snapshots.size(), missing.size(), diverging.size());
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("received", snapshots.size());
        result.put("missing", missing);
        result.put("diverging", diverging);
        return result;
    }
}
