package coop.pressworks.bottling.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Mutable beans bound by the XML and YAML importers (XStream and SnakeYAML need
 * no-arg constructors and setters).
 */
public final class ImportModels {

    private ImportModels() {
    }

    public static class BlendRecipe {
        private String name;
        private String season;
        private BigDecimal targetAbv;
        private BigDecimal targetBrix;
        private List<Component> components = new ArrayList<>();

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getSeason() {
            return season;
        }

        public void setSeason(String season) {
            this.season = season;
        }

        public BigDecimal getTargetAbv() {
            return targetAbv;
        }

        public void setTargetAbv(BigDecimal targetAbv) {
            this.targetAbv = targetAbv;
        }

        public BigDecimal getTargetBrix() {
            return targetBrix;
        }

        public void setTargetBrix(BigDecimal targetBrix) {
            this.targetBrix = targetBrix;
        }

        public List<Component> getComponents() {
            return components;
        }

        public void setComponents(List<Component> components) {
            this.components = components;
        }
    }

    public static class Component {
        private String variety;
        private BigDecimal percent;
        private String tank;

        public String getVariety() {
            return variety;
        }

        public void setVariety(String variety) {
            this.variety = variety;
        }

        public BigDecimal getPercent() {
            return percent;
        }

        public void setPercent(BigDecimal percent) {
            this.percent = percent;
        }

        public String getTank() {
            return tank;
        }

        public void setTank(String tank) {
            this.tank = tank;
        }
    }

    /** Export from the old Access-based press planner. */
    public static class PressSchedule {
        private String exportedBy;
        private List<Object> entries = new ArrayList<>();

        public String getExportedBy() {
            return exportedBy;
        }

        public List<Object> getEntries() {
            return entries;
        }
    }

    public static class LineProfile {
        private String lineCode;
        private int bottlesPerMinute;
        private int fillVolumeMl;
        private String capper;
        private String labeller;
        private List<Station> stations = new ArrayList<>();

        public String getLineCode() {
            return lineCode;
        }

        public void setLineCode(String lineCode) {
            this.lineCode = lineCode;
        }

        public int getBottlesPerMinute() {
            return bottlesPerMinute;
        }

        public void setBottlesPerMinute(int bottlesPerMinute) {
            this.bottlesPerMinute = bottlesPerMinute;
        }

        public int getFillVolumeMl() {
            return fillVolumeMl;
        }

        public void setFillVolumeMl(int fillVolumeMl) {
            this.fillVolumeMl = fillVolumeMl;
        }

        public String getCapper() {
            return capper;
        }

        public void setCapper(String capper) {
            this.capper = capper;
        }

        public String getLabeller() {
            return labeller;
        }

        public void setLabeller(String labeller) {
            this.labeller = labeller;
        }

        public List<Station> getStations() {
            return stations;
        }

        public void setStations(List<Station> stations) {
            this.stations = stations;
        }
    }

    public static class Station {
        private String name;
        private String plcAddress;
        private int position;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getPlcAddress() {
            return plcAddress;
        }

        public void setPlcAddress(String plcAddress) {
            this.plcAddress = plcAddress;
        }

        public int getPosition() {
            return position;
        }

        public void setPosition(int position) {
            this.position = position;
        }
    }
}
