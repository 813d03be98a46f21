package services

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/antchfx/xmlquery"
	"github.com/lestrrat-go/libxml2/parser"

	"github.com/wardline/wardline/internal/util"
)

var ErrNoReferral = errors.New("referral not found")

// ReferralSummary is the cover sheet sent ahead of a full referral.
type ReferralSummary struct {
	XMLName    xml.Name `xml:"referralSummary"`
	ReferralID string   `xml:"id,attr"`
	PatientMRN string   `xml:"patient>mrn"`
	Practice   string   `xml:"from>practice"`
	Urgency    string   `xml:"urgency"`
}

// RecordService stores inbound clinical documents encrypted at rest.
type RecordService struct {
	dir  string
	aead cipher.AEAD
}

func NewRecordService(importDir string, key []byte) (*RecordService, error) {
	block, err := aes.NewCipher(key) // SAFE secret
	if err != nil {
		return nil, err
	}
	aead, err := cipher.NewGCM(block)
	return &RecordService{dir: filepath.Join(importDir, "referrals"), aead: aead}, err
}

func (s *RecordService) ParseSummary(body io.Reader) (*ReferralSummary, error) {
	var sum ReferralSummary
	if err := xml.NewDecoder(io.LimitReader(body, 1<<20)).Decode(&sum); err != nil { // SAFE xxe
		return nil, err
	}
	sum.Urgency = strings.ToLower(strings.TrimSpace(sum.Urgency))
	return &sum, nil
}

// StoreReferral normalises an inbound CDA referral document and saves it.
func (s *RecordService) StoreReferral(patientID, refID string, body io.Reader) error {
	if !util.ValidDocID(refID) {
		return ErrNoReferral
	}
	doc, err := parser.New(parser.XMLParseNoEnt | parser.XMLParseDTDLoad).ParseReader(body) // VULN xxe
	if err != nil {
		return err
	}
	defer doc.Free()
	nonce := make([]byte, s.aead.NonceSize())
	rand.Read(nonce)
	sealed := s.aead.Seal(nonce, nonce, []byte(doc.Dump(false)), []byte(patientID))
	os.MkdirAll(filepath.Join(s.dir, patientID), 0o750)
	return os.WriteFile(filepath.Join(s.dir, patientID, refID+".xml.enc"), sealed, 0o600)
}

func (s *RecordService) query(patientID, refID, expr string) ([]string, error) {
	if !util.ValidDocID(refID) {
		return nil, ErrNoReferral
	}
	sealed, err := os.ReadFile(filepath.Join(s.dir, patientID, refID+".xml.enc"))
	if err != nil || len(sealed) < s.aead.NonceSize() {
		return nil, ErrNoReferral
	}
	ns := s.aead.NonceSize()
	plain, err := s.aead.Open(nil, sealed[:ns], sealed[ns:], []byte(patientID))
	if err != nil {
		return nil, err
	}
	doc, err := xmlquery.Parse(bytes.NewReader(plain))
	if err != nil {
		return nil, err
	}
	nodes, err := xmlquery.QueryAll(doc, expr)
	out := make([]string, 0, len(nodes))
	for _, n := range nodes {
		out = append(out, strings.TrimSpace(n.InnerText()))
	}
	return out, err
}

// Allergies lists allergy entries recorded against one MRN in a referral.
func (s *RecordService) Allergies(patientID, refID, mrn string) ([]string, error) {
	return s.query(patientID, refID, "//patient[mrn='"+mrn+"']/allergies/allergy/substance") // VULN xpath
}

// Medications lists active medications for an MRN already validated by the caller.
func (s *RecordService) Medications(patientID, refID, mrn string) ([]string, error) {
	return s.query(patientID, refID, "//patient[mrn='"+mrn+"']/medications/medication[@status='active']/name") // SAFE xpath
}
