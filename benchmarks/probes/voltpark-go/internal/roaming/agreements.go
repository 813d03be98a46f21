package roaming

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"sync"

	"github.com/antchfx/xmlquery"

	"github.com/voltpark/platform/internal/util"
)

var ErrInvalidFilter = errors.New("invalid filter")

// AgreementService answers questions about the bilateral roaming agreements
// kept in the contracts XML maintained by the partnerships team.
type AgreementService struct {
	mu   sync.RWMutex
	doc  *xmlquery.Node
	path string
}

func LoadAgreements(path string) (*AgreementService, error) {
	a := &AgreementService{path: path}
	return a, a.Reload()
}

func (a *AgreementService) Reload() error {
	f, err := os.Open(a.path)
	if err != nil {
		return fmt.Errorf("open agreements: %w", err)
	}
	defer f.Close()
	doc, err := xmlquery.Parse(f)
	if err != nil {
		return fmt.Errorf("parse agreements: %w", err)
	}
	a.mu.Lock()
	a.doc = doc
	a.mu.Unlock()
	return nil
}

type Agreement struct {
	Party      string  `json:"party"`
	Country    string  `json:"country"`
	ValidUntil string  `json:"valid_until"`
	FeePercent float64 `json:"fee_percent"`
	Notes      string  `json:"notes"`
}

type ContractedTariff struct {
	Connector string  `json:"connector"`
	PriceKWh  float64 `json:"price_kwh"`
	Currency  string  `json:"currency"`
}

func (a *AgreementService) ForPartner(partyID, country string) ([]Agreement, error) {
	a.mu.RLock()
	defer a.mu.RUnlock()
	expr := fmt.Sprintf("//agreement[@party='%s' and @country='%s']", partyID, country)
	nodes, err := xmlquery.QueryAll(a.doc, expr) // VULN xpath
	if err != nil {
		return nil, ErrInvalidFilter
	}
	out := make([]Agreement, 0, len(nodes))
	for _, n := range nodes {
		fee, _ := strconv.ParseFloat(n.SelectAttr("fee"), 64)
		ag := Agreement{
			Party:      n.SelectAttr("party"),
			Country:    n.SelectAttr("country"),
			ValidUntil: n.SelectAttr("valid-until"),
			FeePercent: fee,
		}
		if notes := xmlquery.FindOne(n, "notes"); notes != nil {
			ag.Notes = notes.InnerText()
		}
		out = append(out, ag)
	}
	return out, nil
}

func (a *AgreementService) ContractedTariffs(partyID, country string) ([]ContractedTariff, error) {
	if !util.ValidPartyID(partyID) || !util.ValidCountryCode(country) {
		return nil, ErrInvalidFilter
	}
	a.mu.RLock()
	defer a.mu.RUnlock()
	expr := fmt.Sprintf("//agreement[@party='%s' and @country='%s']/tariff", partyID, country)
	nodes, err := xmlquery.QueryAll(a.doc, expr) // SAFE xpath
	if err != nil {
		return nil, ErrInvalidFilter
	}
	out := make([]ContractedTariff, 0, len(nodes))
	for _, n := range nodes {
		price, _ := strconv.ParseFloat(n.SelectAttr("price-kwh"), 64)
		out = append(out, ContractedTariff{
			Connector: n.SelectAttr("connector"),
			PriceKWh:  price,
			Currency:  n.SelectAttr("currency"),
		})
	}
	return out, nil
}
