'use strict';

const express = require('express');
const { asyncHandler } = require('../util/http');
const loanService = require('../services/loanService');
const { parseLoanQuery, parseLoanId, parseReturnBody, parseNewLoan } = require('../dto');
const { requireMember, requireRole } = require('../middleware/auth');
const { loanPhoto } = require('../middleware/http');

const router = express.Router();

router.use(requireMember);

router.get(
  '/',
  asyncHandler(async (req, res) => {
    const query = parseLoanQuery(req.query);
    const loans = await loanService.listLoans(query);
    res.json({ loans, limit: query.limit, offset: query.offset });
  })
);

router.post(
  '/',
  requireRole('quartermaster'),
  asyncHandler(async (req, res) => {
    const id = await loanService.issueLoan(parseNewLoan(req.body));
    res.status(201).json({ id });
  })
);

router.get(
  '/:loanId',
  asyncHandler(async (req, res) => {
    const loan = await loanService.getLoan(parseLoanId(req.params.loanId));
    res.json({ loan });
  })
);

router.post(
  '/:loanId/photo',
  requireRole('quartermaster'),
  loanPhoto.single('photo'),
  (req, res) => {
    if (!req.file) return res.status(422).json({ error: 'JPEG, PNG or WebP photo required' });
    return res.status(201).json({ photo: req.file.filename });
  }
);

router.post(
  '/:loanId/return',
  requireRole('quartermaster'),
  asyncHandler(async (req, res) => {
    const loan = await loanService.recordReturn(parseLoanId(req.params.loanId), parseReturnBody(req.body));
    res.json({ loan });
  })
);

router.delete(
  '/:loanId/photo',
  requireRole('quartermaster'),
  asyncHandler(async (req, res) => {
    const removed = await loanService.removeConditionPhoto(parseLoanId(req.params.loanId));
    res.json({ removed });
  })
);

module.exports = router;
