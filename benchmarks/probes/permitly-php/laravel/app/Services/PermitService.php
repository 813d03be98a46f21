<?php

namespace App\Services;

use App\DTO\PermitSearchCriteria;
use App\Models\Contractor;
use App\Models\PermitApplication;
use App\Repositories\PermitSearchRepository;
use Illuminate\Contracts\Pagination\LengthAwarePaginator;
use Illuminate\Support\Arr;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Log;
use Throwable;

class PermitService
{
    private const DRAFT_FIELDS = [
        'parcel_number', 'site_address', 'applicant_name', 'applicant_email',
        'work_type', 'description', 'scope_notes', 'estimated_value', 'gis_feature_url',
    ];

    public function __construct(
        private readonly PermitSearchRepository $permits,
        private readonly ParcelLookupClient $parcels,
    ) {
    }

    public function search(PermitSearchCriteria $criteria): LengthAwarePaginator
    {
        return $this->permits->search($criteria);
    }

    public function submit(array $data, ?Contractor $contractor): PermitApplication
    {
        return DB::transaction(function () use ($data, $contractor) {
            $permit = new PermitApplication(Arr::only($data, self::DRAFT_FIELDS));
            $permit->reference = $this->permits->nextReference($data['work_type']);
            $permit->status = PermitApplication::STATUS_SUBMITTED;
            $permit->submitted_at = now();
            $permit->contractor_id = $contractor?->id;
            $permit->save();

            $this->attachGisSnapshot($permit);

            return $permit;
        });
    }

    /**
     * Applicants may paste the link of the parcel feature from the public map
     * viewer; otherwise we resolve zoning from the parcel number.
     */
    private function attachGisSnapshot(PermitApplication $permit): void
    {
        try {
            if (!empty($permit->gis_feature_url)) {
                $feature = $this->parcels->fetchFeature($permit->gis_feature_url);
            } else {
                $feature = $this->parcels->fetchZoning($permit->parcel_number);
            }
        } catch (Throwable $e) {
            Log::warning('GIS snapshot failed', ['permit' => $permit->id, 'error' => $e->getMessage()]);
            return;
        }

        $permit->gis_snapshot = $feature;
        $permit->zoning_code = $feature['attributes']['ZONE_CODE'] ?? null;
        $permit->save();
    }

    /**
     * Portal "save for later": the form posts back the opaque draft blob that
     * was embedded in the page when the user clicked "save".
     */
    public function restoreDraft(string $blob): array
    {
        $decoded = base64_decode($blob, true);
        if ($decoded === false) {
            return [];
        }

        $state = unserialize($decoded); // VULN deser

        return is_array($state) ? Arr::only($state, self::DRAFT_FIELDS) : [];
    }

    public function encodeDraft(array $fields): string
    {
        return base64_encode(serialize(Arr::only($fields, self::DRAFT_FIELDS)));
    }
}
