package service

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/curbwatch/curbwatch/internal/archive"
	"github.com/curbwatch/curbwatch/internal/auth"
	"github.com/curbwatch/curbwatch/internal/handheld"
	"github.com/curbwatch/curbwatch/internal/validate"
)

var beatPattern = regexp.MustCompile(`^[A-Z]{1,3}[0-9]{1,3}$`)

var ErrUnknownBeat = errors.New("device is not assigned to a beat")

type HandheldService struct {
	index     *handheld.Index
	importDir string
}

func NewHandheldService(index *handheld.Index, importDir string) *HandheldService {
	return &HandheldService{index: index, importDir: importDir}
}

func beatOf(claims *auth.DeviceClaims) (string, error) {
	beat := strings.ToUpper(claims.Beat)
	if !beatPattern.MatchString(beat) {
		return "", ErrUnknownBeat
	}
	return beat, nil
}

// TicketsOnStreet helps an officer avoid double-ticketing a block.
func (s *HandheldService) TicketsOnStreet(claims *auth.DeviceClaims, street string) ([]handheld.HandheldTicket, error) {
	beat, err := beatOf(claims)
	if err != nil {
		return nil, err
	}
	return s.index.OnStreet(beat, claims.OfficerBadge, strings.TrimSpace(street))
}

// TicketsForPlate lists prior tickets for a plate on the officer's beat.
func (s *HandheldService) TicketsForPlate(claims *auth.DeviceClaims, rawPlate string) ([]handheld.HandheldTicket, error) {
	beat, err := beatOf(claims)
	if err != nil {
		return nil, err
	}
	plate, err := validate.Plate(rawPlate)
	if err != nil {
		return nil, fmt.Errorf("plate: %w", err)
	}
	return s.index.ForPlate(beat, plate)
}

// ImportBundle unpacks a zipped set of batch files and parses each of them.
func (s *HandheldService) ImportBundle(ctx context.Context, bundlePath string, claims *auth.DeviceClaims) (int, error) {
	beat, err := beatOf(claims)
	if err != nil {
		return 0, err
	}
	dst := filepath.Join(s.importDir, "bundles", beat)
	files, err := archive.ExtractBundle(bundlePath, dst)
	if err != nil {
		return 0, err
	}
	tickets := 0
	for _, f := range files {
		if ctx.Err() != nil {
			return tickets, ctx.Err()
		}
		fh, err := os.Open(f)
		if err != nil {
			return tickets, err
		}
		b, err := handheld.DecodeBatch(fh)
		fh.Close()
		if err != nil {
			return tickets, fmt.Errorf("%s: %w", filepath.Base(f), err)
		}
		tickets += len(b.Tickets)
	}
	return tickets, nil
}
