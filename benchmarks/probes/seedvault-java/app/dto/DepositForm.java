package dto;

import play.data.validation.Constraints;

import java.math.BigDecimal;

public class DepositForm {

    @Constraints.Required
    @Constraints.MaxLength(120)
    public String species;

    @Constraints.MaxLength(80)
    public String variety;

    public String family;

    @Constraints.Required
    public String gardenCode;

    @Constraints.Required
    public BigDecimal quantityGrams;

    @Constraints.Min(1900)
    @Constraints.Max(2100)
    public Integer harvestYear;

    public String collectionSite;

    public String storageLocation;

    @Constraints.MaxLength(2000)
    public String notes;

    public String getSpecies() { return species; }
    public void setSpecies(String species) { this.species = species; }
    public String getVariety() { return variety; }
    public void setVariety(String variety) { this.variety = variety; }
    public String getFamily() { return family; }
    public void setFamily(String family) { this.family = family; }
    public String getGardenCode() { return gardenCode; }
    public void setGardenCode(String gardenCode) { this.gardenCode = gardenCode; }
    public BigDecimal getQuantityGrams() { return quantityGrams; }
    public void setQuantityGrams(BigDecimal quantityGrams) { this.quantityGrams = quantityGrams; }
    public Integer getHarvestYear() { return harvestYear; }
    public void setHarvestYear(Integer harvestYear) { this.harvestYear = harvestYear; }
    public String getCollectionSite() { return collectionSite; }
    public void setCollectionSite(String collectionSite) { this.collectionSite = collectionSite; }
    public String getStorageLocation() { return storageLocation; }
    public void setStorageLocation(String storageLocation) { this.storageLocation = storageLocation; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
}
