package ringing

import (
	"context"
	"io"
	"strings"

	"github.com/zeromicro/go-zero/core/logx"

	"github.com/saltmarsh/survey/internal/svc"
	"github.com/saltmarsh/survey/internal/types"
)

type PhotoLogic struct {
	logx.Logger
	ctx    context.Context
	svcCtx *svc.ServiceContext
}

func NewPhotoLogic(ctx context.Context, svcCtx *svc.ServiceContext) *PhotoLogic {
	return &PhotoLogic{Logger: logx.WithContext(ctx), ctx: ctx, svcCtx: svcCtx}
}

// Photo returns the full-size image for a gallery key.
func (l *PhotoLogic) Photo(req *types.PhotoReq) ([]byte, error) {
	key := strings.TrimPrefix(req.Key, "/")
	return l.svcCtx.Photos.Read(key)
}

// Thumb returns the thumbnail for a gallery key.
func (l *PhotoLogic) Thumb(req *types.PhotoReq) (io.ReadCloser, error) {
	key := req.Key
	if i := strings.LastIndex(key, "."); i > 0 {
		key = key[:i] + "_thumb.jpg"
	}
	return l.svcCtx.Photos.Open(key)
}
