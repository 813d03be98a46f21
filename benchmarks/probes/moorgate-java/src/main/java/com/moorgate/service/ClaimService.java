package com.moorgate.service;

import com.moorgate.api.Claim;
import com.moorgate.api.ClaimNote;
import com.moorgate.api.ClaimSearchParams;
import com.moorgate.api.ClaimSubmission;
import com.moorgate.client.CarrierTrackingClient;
import com.moorgate.db.ClaimDao;
import com.moorgate.db.ClaimMapper;
import com.moorgate.db.ClaimSearchRepository;
import com.moorgate.db.PolicyMapper;
import com.moorgate.db.SortColumns;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

public class ClaimService {

    private static final Logger LOG = LoggerFactory.getLogger(ClaimService.class);

    private final ClaimDao claimDao;
    private final ClaimSearchRepository searchRepository;
    private final SqlSessionFactory sessions;
    private final CarrierTrackingClient trackingClient;
    private final PolicyClauseService clauseService;

    public ClaimService(ClaimDao claimDao, ClaimSearchRepository searchRepository, SqlSessionFactory sessions,
                        CarrierTrackingClient trackingClient, PolicyClauseService clauseService) {
        this.claimDao = claimDao;
        this.searchRepository = searchRepository;
        this.sessions = sessions;
        this.trackingClient = trackingClient;
        this.clauseService = clauseService;
    }

    public List<Claim> list(ClaimSearchParams params) {
        if (params.getDesk() != null) {
            return searchRepository.searchForDesk(params.getDesk(), params.getCarrier(), params.getStatus(), params.getSize());
        }
        String column = SortColumns.claimColumn(params.getSort());
        String direction = SortColumns.direction(params.getDirection());
        int offset = params.getPage() * params.getSize();
        return claimDao.listByStatus(params.getStatus(), column, direction, params.getSize(), offset);
    }

    public List<Claim> searchByVessel(String vesselName) {
        String trimmed = vesselName == null ? "" : vesselName.trim();
        if (trimmed.length() < 3) {
            return List.of();
        }
        try (SqlSession session = sessions.openSession()) {
            return session.getMapper(ClaimMapper.class).findByVessel(trimmed);
        }
    }

    public List<Claim> byCarrier(String carrierCode, String status) {
        try (SqlSession session = sessions.openSession()) {
            return session.getMapper(ClaimMapper.class).findByCarrier(carrierCode.toUpperCase(Locale.ROOT), status);
        }
    }

    public List<Map<String, Object>> policiesForBroker(String brokerCode, String sortKey, String direction) {
        String column = SortColumns.policyColumn(sortKey);
        String dir = SortColumns.direction(direction);
        try (SqlSession session = sessions.openSession()) {
            return session.getMapper(PolicyMapper.class).listForBroker(brokerCode, column, dir);
        }
    }

    public Optional<Claim> findByRef(String claimRef) {
        return claimDao.findByRef(claimRef);
    }

    public Optional<Claim> detail(UUID id) {
        return claimDao.findById(id).map(claim -> {
            claim.setNotes(claimDao.notesFor(id));
            return claim;
        });
    }

    public Claim submit(ClaimSubmission submission) {
        Claim claim = new Claim();
        claim.setId(UUID.randomUUID());
        claim.setClaimRef(String.format("MG-%d-%06d", Year.now().getValue(), claimDao.nextReferenceNumber()));
        claim.setPolicyNumber(submission.policyNumber);
        claim.setCarrierCode(submission.carrierCode.toUpperCase(Locale.ROOT));
        claim.setVesselName(submission.vesselName);
        claim.setContainerNumber(submission.containerNumber);
        claim.setPortCode(submission.portCode);
        claim.setDescription(submission.description);
        claim.setTrackingUrl(submission.trackingUrl);
        claim.setClaimedAmount(submission.claimedAmount);
        claim.setCurrency(submission.currency);
        claim.setLossDate(submission.lossDate);
        claim.setStatus("OPEN");
        claimDao.insert(claim);

        if (submission.trackingUrl != null && !submission.trackingUrl.isBlank()) {
            try {
                String status = trackingClient.fetchStatus(submission.trackingUrl);
                addNote(claim.getId(), "tracking-bot", "Carrier tracking snapshot: " + status);
            } catch (IOException | InterruptedException e) {
                LOG.warn("Could not fetch tracking page for {}", claim.getClaimRef(), e);
            }
        }
        return claim;
    }

    public long addNote(UUID claimId, String author, String body) {
        return claimDao.insertNote(new ClaimNote(claimId, author, body));
    }

    public String containerTracking(Claim claim) throws IOException, InterruptedException {
        if (claim.getContainerNumber() == null) {
            return "No container recorded";
        }
        return trackingClient.trackContainer(claim.getContainerNumber());
    }

    public String clauseText(Claim claim, String clauseCode) throws Exception {
        return clauseService.clauseText(claim.getPolicyNumber(), clauseCode);
    }

    public String clauseTitle(Claim claim, String clauseCode) throws Exception {
        return clauseService.clauseTitle(claim.getPolicyNumber(), clauseCode);
    }

    public void updateStatus(UUID id, String status) {
        claimDao.updateStatus(id, status);
    }
}
