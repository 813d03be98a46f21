package permits

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/danielgtaylor/huma/v2"

	"github.com/saltmarsh/survey/internal/model"
	"github.com/saltmarsh/survey/internal/tally"
)

type PermitIDInput struct {
	ID int64 `path:"id" minimum:"1" doc:"Permit id"`
}

type PermitOutput struct {
	Body *model.Permit
}

type PermitListOutput struct {
	Body struct {
		Items []model.Permit `json:"items"`
	}
}

type SearchInput struct {
	Holder string `query:"holder" doc:"Part of the holder's name"`
	Site   string `query:"site" doc:"Optional site code"`
}

type StatusInput struct {
	Status string `path:"status" enum:"pending,active,expired,revoked"`
}

type CreatePermitInput struct {
	Body struct {
		SiteCode    string    `json:"siteCode" pattern:"^[A-Z]{3}-[0-9]{2}$"`
		Holder      string    `json:"holder" minLength:"2" maxLength:"120"`
		Authority   string    `json:"authority"`
		ValidFrom   time.Time `json:"validFrom"`
		ValidUntil  time.Time `json:"validUntil"`
		DocumentKey string    `json:"documentKey" doc:"Key of the uploaded scan in the permit store"`
	}
}

type CreatedOutput struct {
	Status   int
	Location string `header:"Location"`
	Body     struct {
		ID int64 `json:"id"`
	}
}

type DocumentOutput struct {
	ContentType string `header:"Content-Type"`
	Body        []byte
}

type VerifyInput struct {
	ID   int64 `path:"id"`
	Body struct {
		RingerID string `json:"ringerId"`
	}
}

type VerifyOutput struct {
	Body struct {
		Verified bool   `json:"verified"`
		Name     string `json:"name"`
		Mail     string `json:"mail"`
	}
}

type ApprovedInput struct {
	ID       int64  `path:"id"`
	Continue string `query:"continue"`
}

type RedirectOutput struct {
	Status   int
	Location string `header:"Location"`
}

type ConditionInput struct {
	Site string `path:"site"`
	Body struct {
		Formula  string  `json:"formula" maxLength:"2000"`
		Advanced bool    `json:"advanced,omitempty"`
		Wing     float64 `json:"wing"`
		Mass     float64 `json:"mass"`
		Tarsus   float64 `json:"tarsus,omitempty"`
		Fat      float64 `json:"fat,omitempty"`
		Muscle   float64 `json:"muscle,omitempty"`
	}
}

type ConditionOutput struct {
	Body struct {
		Index float64 `json:"index"`
	}
}

func mapErr(err error) error {
	if errors.Is(err, model.ErrNotFound) {
		return huma.Error404NotFound("permit not found")
	}
	return huma.Error400BadRequest(err.Error())
}

// Register adds the permit operations to a Huma API.
func Register(api huma.API, svc *Service) {
	huma.Register(api, huma.Operation{OperationID: "get-permit", Method: http.MethodGet, Path: "/permits/{id}", Tags: []string{"Permits"}},
		func(ctx context.Context, in *PermitIDInput) (*PermitOutput, error) {
			p, err := svc.Get(ctx, in.ID)
			if err != nil {
				return nil, mapErr(err)
			}
			return &PermitOutput{Body: p}, nil
		})

	huma.Register(api, huma.Operation{OperationID: "search-permits", Method: http.MethodGet, Path: "/permits", Tags: []string{"Permits"}},
		func(ctx context.Context, in *SearchInput) (*PermitListOutput, error) {
			items, err := svc.Search(ctx, in.Holder, in.Site)
			if err != nil {
				return nil, mapErr(err)
			}
			out := &PermitListOutput{}
			out.Body.Items = items
			return out, nil
		})

	huma.Register(api, huma.Operation{OperationID: "permits-by-status", Method: http.MethodGet, Path: "/permits/status/{status}", Tags: []string{"Permits"}},
		func(ctx context.Context, in *StatusInput) (*PermitListOutput, error) {
			items, err := svc.ByStatus(ctx, in.Status)
			if err != nil {
				return nil, mapErr(err)
			}
			out := &PermitListOutput{}
			out.Body.Items = items
			return out, nil
		})

	huma.Register(api, huma.Operation{OperationID: "create-permit", Method: http.MethodPost, Path: "/permits", Tags: []string{"Permits"}, DefaultStatus: http.StatusCreated},
		func(ctx context.Context, in *CreatePermitInput) (*CreatedOutput, error) {
			id, err := svc.Create(ctx, NewPermit{
				SiteCode:    in.Body.SiteCode,
				Holder:      in.Body.Holder,
				Authority:   in.Body.Authority,
				ValidFrom:   in.Body.ValidFrom,
				ValidUntil:  in.Body.ValidUntil,
				DocumentKey: in.Body.DocumentKey,
			})
			if err != nil {
				return nil, mapErr(err)
			}
			out := &CreatedOutput{Status: http.StatusCreated, Location: fmt.Sprintf("/permits/%d", id)}
			out.Body.ID = id
			return out, nil
		})

	huma.Register(api, huma.Operation{OperationID: "withdraw-permit", Method: http.MethodDelete, Path: "/permits/{id}", Tags: []string{"Permits"}, DefaultStatus: http.StatusNoContent},
		func(ctx context.Context, in *PermitIDInput) (*struct{}, error) {
			if err := svc.Withdraw(ctx, in.ID); err != nil {
				return nil, mapErr(err)
			}
			return nil, nil
		})

	huma.Register(api, huma.Operation{OperationID: "permit-document", Method: http.MethodGet, Path: "/permits/{id}/document", Tags: []string{"Permits"}},
		func(ctx context.Context, in *PermitIDInput) (*DocumentOutput, error) {
			b, err := svc.Document(ctx, in.ID)
			if err != nil {
				return nil, mapErr(err)
			}
			return &DocumentOutput{ContentType: "application/pdf", Body: b}, nil
		})

	huma.Register(api, huma.Operation{OperationID: "verify-holder", Method: http.MethodPost, Path: "/permits/{id}/verify", Tags: []string{"Permits"}},
		func(ctx context.Context, in *VerifyInput) (*VerifyOutput, error) {
			entry, err := svc.VerifyHolder(ctx, in.ID, in.Body.RingerID)
			if err != nil {
				return nil, mapErr(err)
			}
			out := &VerifyOutput{}
			out.Body.Verified = true
			out.Body.Name = entry.Name
			out.Body.Mail = entry.Mail
			return out, nil
		})

	huma.Register(api, huma.Operation{OperationID: "permit-approved", Method: http.MethodGet, Path: "/permits/{id}/approved", Tags: []string{"Permits"}},
		func(ctx context.Context, in *ApprovedInput) (*RedirectOutput, error) {
			target := svc.ContinueURL(in.ID, in.Continue)
			return &RedirectOutput{Status: http.StatusFound, Location: target}, nil // VULN redirect
		})

	huma.Register(api, huma.Operation{OperationID: "permit-open", Method: http.MethodGet, Path: "/permits/{id}/open", Tags: []string{"Permits"}},
		func(ctx context.Context, in *PermitIDInput) (*RedirectOutput, error) {
			return &RedirectOutput{Status: http.StatusSeeOther, Location: fmt.Sprintf("%s/permits/%d", svc.portal, in.ID)}, nil // SAFE redirect
		})

	huma.Register(api, huma.Operation{OperationID: "condition-index", Method: http.MethodPost, Path: "/sites/{site}/condition-index", Tags: []string{"Biometrics"}},
		func(ctx context.Context, in *ConditionInput) (*ConditionOutput, error) {
			v, err := svc.ConditionIndex(in.Body.Formula, in.Body.Advanced, tally.Measurements{
				Wing: in.Body.Wing, Mass: in.Body.Mass, Tarsus: in.Body.Tarsus, Fat: in.Body.Fat, Muscle: in.Body.Muscle,
			})
			if err != nil {
				return nil, huma.Error422UnprocessableEntity(err.Error())
			}
			out := &ConditionOutput{}
			out.Body.Index = v
			return out, nil
		})
}
