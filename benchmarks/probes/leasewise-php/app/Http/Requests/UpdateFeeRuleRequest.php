<?php

namespace App\Http\Requests;

use App\Services\LateFeeCalculator;
use Illuminate\Foundation\Http\FormRequest;
use Illuminate\Validation\Validator;
use InvalidArgumentException;

class UpdateFeeRuleRequest extends FormRequest
{
    public function authorize(): bool
    {
        return (bool) $this->user()?->is_staff;
    }

    public function rules(): array
    {
        return [
            'formula' => ['required', 'string', 'max:120'],
            'grace_days' => ['sometimes', 'integer', 'between:0,15'],
            'sample' => ['sometimes', 'array'],
        ];
    }

    public function after(): array
    {
        return [
            function (Validator $validator) {
                try {
                    app(LateFeeCalculator::class)->assertFormula((string) $this->input('formula'));
                } catch (InvalidArgumentException $e) {
                    $validator->errors()->add('formula', $e->getMessage());
                }
            },
        ];
    }
}
