package com.ledgerbay.service;

import com.ledgerbay.domain.TariffRate;
import com.ledgerbay.dto.FilingRequest;
import com.ledgerbay.repository.TariffRepository;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Estimates duties and fees for an entry: ad valorem + specific duty per line, Section 301, MPF and HMF.
 */
public class DutyCalculator {

    private static final Pattern HTS10 = Pattern.compile("^\\d{10}$");
    private static final Pattern COUNTRY = Pattern.compile("^[A-Z]{2}$");
    private static final BigDecimal MPF_RATE = new BigDecimal("0.003464");
    private static final BigDecimal MPF_MIN = new BigDecimal("32.71");
    private static final BigDecimal MPF_MAX = new BigDecimal("634.62");
    private static final BigDecimal HMF_RATE = new BigDecimal("0.00125");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final TariffRepository tariffs;
    private final DutyFormulaEngine formulas;

    public DutyCalculator(TariffRepository tariffs, DutyFormulaEngine formulas) {
        this.tariffs = tariffs;
        this.formulas = formulas;
    }

    public DutyQuote quote(FilingRequest request, boolean vesselShipment) {
        List<DutyQuote.LineQuote> lines = new ArrayList<>();
        BigDecimal totalValue = BigDecimal.ZERO;
        BigDecimal totalDuty = BigDecimal.ZERO;
        String column = request.specialProgram() == null ? "GENERAL" : request.specialProgram();

        for (FilingRequest.Line line : request.lines()) {
            if (!HTS10.matcher(line.htsCode()).matches()) {
                throw new TariffNotFoundException(line.htsCode(), "HTS numbers must have 10 digits");
            }
            TariffRate rate = tariffs.findRate(line.htsCode(), column)
                    .or(() -> tariffs.findRate(line.htsCode(), "GENERAL"))
                    .orElseThrow(() -> new TariffNotFoundException(line.htsCode(), "no active rate"));

            BigDecimal value = formulas.adjustValue(request.valuationAdjustment(), line.enteredValue());
            BigDecimal adValorem = value.multiply(rate.getAdValoremPercent()).divide(HUNDRED, 2, RoundingMode.HALF_UP);
            BigDecimal specific = rate.getSpecificRate().multiply(line.quantity()).setScale(2, RoundingMode.HALF_UP);
            BigDecimal duty = formulas.applyProgram(request.specialProgram(), adValorem.add(specific), value);
            BigDecimal s301 = value.multiply(rate.getSection301Percent()).divide(HUNDRED, 2, RoundingMode.HALF_UP);

            lines.add(new DutyQuote.LineQuote(line.htsCode(), rate.getRateColumn(), rate.getAdValoremPercent(), duty, s301));
            totalValue = totalValue.add(value);
            totalDuty = totalDuty.add(duty).add(s301);
        }

        BigDecimal mpf = totalValue.multiply(MPF_RATE).setScale(2, RoundingMode.HALF_UP).max(MPF_MIN).min(MPF_MAX);
        BigDecimal hmf = vesselShipment ? totalValue.multiply(HMF_RATE).setScale(2, RoundingMode.HALF_UP) : BigDecimal.ZERO;
        return new DutyQuote("USD", totalValue, totalDuty, mpf, hmf, lines);
    }

    /**
     * Tariff browse for the classification assistant. {@code originCountry} picks the preferential column.
     */
    public List<TariffRate> browse(String htsPrefix, String originCountry) {
        if (originCountry != null && !COUNTRY.matcher(originCountry).matches()) {
            throw new IllegalArgumentException("country of origin must be an ISO alpha-2 code");
        }
        String column = switch (originCountry == null ? "" : originCountry) {
            case "CA", "MX" -> originCountry;
            case "KR", "AU", "JO" -> originCountry;
            default -> "GENERAL";
        };
        List<TariffRate> rates = tariffs.browseByPrefix(htsPrefix.trim(), column);
        if (rates.isEmpty()) {
            throw new TariffNotFoundException(htsPrefix, "no tariff lines under this heading");
        }
        return rates;
    }

    public record DutyQuote(
            String currency,
            BigDecimal enteredValue,
            BigDecimal dutyTotal,
            BigDecimal merchandiseProcessingFee,
            BigDecimal harborMaintenanceFee,
            List<LineQuote> lines) {

        public record LineQuote(String htsCode, String rateColumn, BigDecimal adValoremPercent,
                                BigDecimal duty, BigDecimal section301) {
        }

        public BigDecimal grandTotal() {
            return dutyTotal.add(merchandiseProcessingFee).add(harborMaintenanceFee);
        }
    }

    public static class TariffNotFoundException extends RuntimeException {
        private final String htsCode;

        public TariffNotFoundException(String htsCode, String reason) {
            super(reason + ": " + htsCode);
            this.htsCode = htsCode;
        }

        public String htsCode() {
            return htsCode;
        }
    }
}
