/* eslint-disable */
// Generated from openapi.json by `npm run openapi`; do not edit.
export interface paths {
    "/admin/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Admin_list"];
        put?: never;
        post: operations["Admin_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Admin_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["Admin_update"];
        trace?: never;
    };
    "/admin/organizations/{id}/legacy-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Admin_listLegacyTokens"];
        put?: never;
        post: operations["Admin_createLegacyToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/organizations/{id}/legacy-tokens/{legacyId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Admin_revokeLegacyToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/organizations/{id}/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Admin_listTokens"];
        put?: never;
        post: operations["Admin_createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/organizations/{id}/tokens/{tokenId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Admin_revokeToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/organizations/{id}/webhook-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Admin_webhookSecret"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/external/payment-certificate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All certificates in id order, streamed; optional filters and paging */
        get: operations["Certificates_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/external/payment-certificate/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One certificate */
        get: operations["Certificates_get"];
        /** Update the given fields of one certificate (absent fields keep their value) */
        put: operations["Certificates_update"];
        post?: never;
        /** Remove one certificate (an addition for admin scripts) */
        delete: operations["Certificates_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/external/payment-certificate/bulk-create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create 1..10,000 certificates, all or nothing */
        post: operations["Certificates_bulkCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/external/payment-certificate/bulk-update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Update 1..10,000 certificates (only the fields each item carries), all or nothing */
        put: operations["Certificates_bulkUpdate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Health_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Me_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/paycodes/codes/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw an unused code */
        post: operations["Paycodes_deactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/paycodes/generate_code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** One new code of a rule */
        post: operations["Paycodes_generateCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/paycodes/generate_code_list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 1..1,000,000 new distinct codes of a rule, all stored, or none */
        post: operations["Paycodes_generateCodeList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/paycodes/get_code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The same as POST get_code, with a query string */
        get: operations["Paycodes_getCodeByQuery"];
        put?: never;
        /** A code with its pattern and rule */
        post: operations["Paycodes_getCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/paycodes/patterns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Paycodes_listPatterns"];
        put?: never;
        post: operations["Paycodes_createPattern"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/paycodes/patterns/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Paycodes_getPattern"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["Paycodes_updatePattern"];
        trace?: never;
    };
    "/paycodes/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Paycodes_listRules"];
        put?: never;
        post: operations["Paycodes_createRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/paycodes/rules/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Paycodes_getRule"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["Paycodes_updateRule"];
        trace?: never;
    };
    "/paycodes/use_code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Use a code once: status true the first time, false with a reason after */
        post: operations["Paycodes_useCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        BulkUpdateCertificateDto: {
            /**
             * @description Unique certificate code (per organization, case-sensitive); leading and trailing spaces are trimmed.
             * @example CERT-001
             */
            code?: string;
            /** @example 1 */
            id: number;
            /**
             * @description Whether the certificate can be used.
             * @example true
             */
            is_active?: boolean;
            /**
             * @description Face value.
             * @example 500
             */
            value?: number;
        };
        CertificateDto: {
            /** @example CERT-001 */
            code: string;
            /** @example 1 */
            id: number;
            /** @example true */
            is_active: boolean;
            /** @example 500 */
            value: number;
        };
        CodeDetailsDto: {
            code: components["schemas"]["CodeDto"];
            pattern: components["schemas"]["PatternDto"];
            rule: components["schemas"]["RuleDto"];
        };
        CodeDto: {
            client: Record<string, never> | null;
            /** @example CLJG1J */
            code: string;
            /** @example pskrzynski2 */
            creator: string;
            /** @example 2014-07-24 18:23:30.586785+02 */
            end_time: string;
            /** @example 2014-07-24 18:23:30.586785+02 */
            gen_time: string;
            /** @example 4065441 */
            id: number;
            is_active: boolean;
            /** @example test */
            rule_slug: string;
            /** @example 2014-07-24 18:23:30.586785+02 */
            start_time: string;
            use_time: Record<string, never> | null;
        };
        CodeListDto: {
            /**
             * @example [
             *       "CLJG1J5",
             *       "CLJG13J"
             *     ]
             */
            codes: string[];
        };
        CodeRefDto: {
            /** @example CLJG1J */
            code: string;
            /** @example test */
            rule_slug: string;
        };
        CreateCertificateDto: {
            /**
             * @description Unique certificate code (per organization, case-sensitive); leading and trailing spaces are trimmed.
             * @example CERT-001
             */
            code: string;
            /**
             * @description Whether the certificate can be used.
             * @example true
             */
            is_active?: boolean;
            /**
             * @description Face value.
             * @example 500
             */
            value?: number;
        };
        CreatedLegacyTokenDto: {
            /** Format: uuid */
            id: string;
            token: number;
        };
        CreatedTokenDto: {
            expires_at: Record<string, never> | null;
            /** Format: uuid */
            id: string;
            name: string;
            /** @description shown only once */
            token: string;
        };
        CreateLegacyTokenDto: {
            /**
             * @description the Token a POS is configured with; random when absent
             * @example 123456
             */
            token?: number;
        };
        CreateOrganizationDto: {
            /** @example Corner Shop */
            name: string;
            /**
             * @description SertCard Operator number; generated when absent
             * @example 1001
             */
            operator_id?: number;
            settings?: components["schemas"]["OrganizationSettingsDto"];
        };
        CreatePatternDto: {
            /**
             * @description the alphabet: 2..128 distinct characters
             * @example ABCDEFGHIJKLMNOPQRSTUWVZ0123456789
             */
            pattern: string;
            /** @example alfanumeryczne */
            slug: string;
        };
        CreateRuleDto: {
            /** @example 20658 */
            application_id?: Record<string, never>;
            /** @example 5935 */
            channel_id?: Record<string, never>;
            /**
             * @description days a code stays valid when the caller gives no valid_to
             * @example 1024
             */
            code_duration?: Record<string, never>;
            /**
             * @description a fixed last day for every code of the rule
             * @example 2100-12-31
             */
            code_duration_date?: Record<string, never> | null;
            /**
             * @description kept and returned as rule data
             * @example 360
             */
            code_expiration?: Record<string, never>;
            /** @example 6 */
            code_lenght: number;
            /**
             * @example {
             *       "test": "test"
             *     }
             */
            config?: Record<string, never>;
            /** @example testowa */
            description?: Record<string, never>;
            /**
             * @description false retires the rule: no new codes, its codes cannot be used
             * @example true
             */
            is_active?: boolean;
            /** @example 1 */
            merchant_id?: Record<string, never>;
            /** @example alfanumeryczne */
            pattern_slug: string;
            /**
             * @description put in front of the random characters; cannot change once the rule has codes
             * @example GC-
             */
            prefix?: string;
            /** @example 123456 */
            price?: Record<string, never>;
            /** @example 1 */
            prod_cat_id?: Record<string, never>;
            /** @example 1 */
            prod_id?: Record<string, never>;
            /** @example 1 */
            prod_subcat_id?: Record<string, never>;
            /** @example 300481 */
            sap_id?: Record<string, never>;
            /** @example test */
            slug: string;
        };
        CreateTokenDto: {
            /** @example 2027-01-01T00:00:00Z */
            expires_at?: string;
            /** @example pos-1 */
            name: string;
        };
        ErrorEnvelope: {
            /** @description offending fields or bulk items */
            details?: {
                code?: string;
                field?: string;
                index?: number;
                reason: string;
            }[];
            /** @description stable machine code, e.g. `validation_failed`, `not_found` */
            error: string;
            /** @description what went wrong, for people */
            message: string;
            /** @description on 5xx answers: the id to quote in a report */
            request_id?: string;
            /** @description the HTTP status again */
            statusCode: number;
        };
        GenerateCodeDto: {
            /** @example pskrzynski2 */
            creator: string;
            /** @example test */
            rule_slug: string;
            /**
             * @description first day the code can be used (organization time zone); default today
             * @example 2100-09-01
             */
            valid_from?: string;
            /**
             * @description last day the code can be used; default from the rule
             * @example 2100-11-01
             */
            valid_to?: string;
        };
        GenerateCodeListDto: {
            /** @example pskrzynski2 */
            creator: string;
            /** @example 100 */
            number_of_codes: number;
            /** @example test */
            rule_slug: string;
            /**
             * @description first day the code can be used (organization time zone); default today
             * @example 2100-09-01
             */
            valid_from?: string;
            /**
             * @description last day the code can be used; default from the rule
             * @example 2100-11-01
             */
            valid_to?: string;
        };
        GeneratedCodeDto: {
            /** @example CLJG1J */
            code: string;
            pattern: components["schemas"]["PatternDto"];
            rule: components["schemas"]["RuleDto"];
        };
        LegacyTokenDto: {
            created_at: string;
            /** Format: uuid */
            id: string;
            revoked_at: Record<string, never> | null;
        };
        Object: Record<string, never>;
        OrganizationDto: {
            /** Format: uuid */
            id: string;
            name: string;
            operator_id: number;
            settings: components["schemas"]["OrganizationSettingsDto"];
        };
        OrganizationSettingsDto: {
            default_card_image?: Record<string, never> | null;
            /** @example true */
            identify_requires_code?: boolean;
            /** @enum {string} */
            language?: "en" | "ru";
            /** @example true */
            legacy_tokens_enabled?: boolean;
            /**
             * @description 0: unlimited
             * @example 0
             */
            max_cards_per_user?: number;
            /**
             * @description IANA name; PayCodes validity days and SertCard dates
             * @example Europe/Warsaw
             */
            timezone?: string;
            /** @example https://shop.example/hooks/giftcode */
            webhook_url?: Record<string, never> | null;
        };
        PatternDto: {
            /** @example 8 */
            id: number;
            /** @example ABCDEFGHIJKLMNOPQRSTUWVZ0123456789 */
            pattern: string;
            /** @example alfanumeryczne */
            slug: string;
        };
        RuleDto: {
            application_id: Record<string, never> | null;
            channel_id: Record<string, never> | null;
            code_duration: Record<string, never> | null;
            /** @example 2100-12-31 23:59:59.999999+00 */
            code_duration_date: Record<string, never> | null;
            code_expiration: Record<string, never> | null;
            code_lenght: number;
            config: {
                [key: string]: unknown;
            };
            description: Record<string, never> | null;
            id: number;
            is_active: boolean;
            merchant_id: Record<string, never> | null;
            pattern_slug: string;
            prefix: string;
            price: Record<string, never> | null;
            prod_cat_id: Record<string, never> | null;
            prod_id: Record<string, never> | null;
            prod_subcat_id: Record<string, never> | null;
            sap_id: Record<string, never> | null;
            slug: string;
        };
        TokenDto: {
            created_at: string;
            expires_at: Record<string, never> | null;
            /** Format: uuid */
            id: string;
            last_used_at: Record<string, never> | null;
            name: string;
            revoked_at: Record<string, never> | null;
        };
        UpdateCertificateDto: {
            /**
             * @description Unique certificate code (per organization, case-sensitive); leading and trailing spaces are trimmed.
             * @example CERT-001
             */
            code?: string;
            /**
             * @description Whether the certificate can be used.
             * @example true
             */
            is_active?: boolean;
            /**
             * @description Face value.
             * @example 500
             */
            value?: number;
        };
        UpdateOrganizationDto: {
            name?: string;
            operator_id?: number;
            settings?: components["schemas"]["OrganizationSettingsDto"];
        };
        UpdatePatternDto: {
            /** @example ABCDEF0123456789 */
            pattern?: string;
        };
        UpdateRuleDto: {
            /** @example 20658 */
            application_id?: Record<string, never>;
            /** @example 5935 */
            channel_id?: Record<string, never>;
            /**
             * @description days a code stays valid when the caller gives no valid_to
             * @example 1024
             */
            code_duration?: Record<string, never>;
            /**
             * @description a fixed last day for every code of the rule
             * @example 2100-12-31
             */
            code_duration_date?: Record<string, never> | null;
            /**
             * @description kept and returned as rule data
             * @example 360
             */
            code_expiration?: Record<string, never>;
            /**
             * @description random characters per code (the seed spelling)
             * @example 6
             */
            code_lenght?: number;
            /**
             * @example {
             *       "test": "test"
             *     }
             */
            config?: Record<string, never>;
            /** @example testowa */
            description?: Record<string, never>;
            /**
             * @description false retires the rule: no new codes, its codes cannot be used
             * @example true
             */
            is_active?: boolean;
            /** @example 1 */
            merchant_id?: Record<string, never>;
            /**
             * @description cannot change once the rule has codes
             * @example alfanumeryczne
             */
            pattern_slug?: string;
            /**
             * @description put in front of the random characters; cannot change once the rule has codes
             * @example GC-
             */
            prefix?: string;
            /** @example 123456 */
            price?: Record<string, never>;
            /** @example 1 */
            prod_cat_id?: Record<string, never>;
            /** @example 1 */
            prod_id?: Record<string, never>;
            /** @example 1 */
            prod_subcat_id?: Record<string, never>;
            /** @example 300481 */
            sap_id?: Record<string, never>;
        };
        UseCodeDto: {
            /**
             * @description who used the code
             * @example shop-42
             */
            client: string;
            /** @example CLJG1J */
            code: string;
            /** @example test */
            rule_slug: string;
        };
        UseCodeResultDto: {
            /** @enum {string} */
            reason?: "already_used" | "not_found" | "inactive" | "not_yet_valid" | "expired" | "rule_inactive";
            status: boolean;
        };
        WebhookSecretDto: {
            /**
             * @description verify `x-giftcode-signature: sha256=<hex>` with it
             * @example Jx3…
             */
            webhook_secret: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    Admin_list: {
        parameters: {
            query?: {
                limit?: components["schemas"]["Object"];
                offset?: components["schemas"]["Object"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDto"][];
                };
            };
            /** @description name must be a string */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "validation_failed",
                     *       "message": "name must be a string"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description a valid token is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "unauthorized",
                     *       "message": "a valid token is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description too many failed attempts; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "too_many_requests",
                     *       "message": "too many failed attempts; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    Admin_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganizationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDto"];
                };
            };
            /** @description name must be a string */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "validation_failed",
                     *       "message": "name must be a string"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description a valid token is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "unauthorized",
                     *       "message": "a valid token is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description too many failed attempts; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "too_many_requests",
                     *       "message": "too many failed attempts; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    Admin_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDto"];
                };
            };
            /** @description name must be a string */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "validation_failed",
                     *       "message": "name must be a string"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description a valid token is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "unauthorized",
                     *       "message": "a valid token is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description too many failed attempts; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "too_many_requests",
                     *       "message": "too many failed attempts; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    Admin_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrganizationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDto"];
                };
            };
            /** @description name must be a string */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "validation_failed",
                     *       "message": "name must be a string"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description a valid token is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "unauthorized",
                     *       "message": "a valid token is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description too many failed attempts; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "too_many_requests",
                     *       "message": "too many failed attempts; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    Admin_listLegacyTokens: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegacyTokenDto"][];
                };
            };
            /** @description name must be a string */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "validation_failed",
                     *       "message": "name must be a string"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description a valid token is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "unauthorized",
                     *       "message": "a valid token is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description too many failed attempts; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "too_many_requests",
                     *       "message": "too many failed attempts; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    Admin_createLegacyToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateLegacyTokenDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedLegacyTokenDto"];
                };
            };
            /** @description name must be a string */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "validation_failed",
                     *       "message": "name must be a string"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description a valid token is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "unauthorized",
                     *       "message": "a valid token is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description too many failed attempts; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "too_many_requests",
                     *       "message": "too many failed attempts; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    Admin_revokeLegacyToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                legacyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegacyTokenDto"];
                };
            };
            /** @description name must be a string */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "validation_failed",
                     *       "message": "name must be a string"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description a valid token is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "unauthorized",
                     *       "message": "a valid token is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description too many failed attempts; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "too_many_requests",
                     *       "message": "too many failed attempts; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    Admin_listTokens: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenDto"][];
                };
            };
            /** @description name must be a string */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "validation_failed",
                     *       "message": "name must be a string"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description a valid token is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "unauthorized",
                     *       "message": "a valid token is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description too many failed attempts; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "too_many_requests",
                     *       "message": "too many failed attempts; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    Admin_createToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTokenDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedTokenDto"];
                };
            };
            /** @description name must be a string */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "validation_failed",
                     *       "message": "name must be a string"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description a valid token is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "unauthorized",
                     *       "message": "a valid token is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description too many failed attempts; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "too_many_requests",
                     *       "message": "too many failed attempts; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    Admin_revokeToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                tokenId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenDto"];
                };
            };
            /** @description name must be a string */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "validation_failed",
                     *       "message": "name must be a string"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description a valid token is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "unauthorized",
                     *       "message": "a valid token is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description too many failed attempts; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "too_many_requests",
                     *       "message": "too many failed attempts; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    Admin_webhookSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the key outbound webhooks are signed with */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSecretDto"];
                };
            };
            /** @description name must be a string */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "validation_failed",
                     *       "message": "name must be a string"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description a valid token is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "unauthorized",
                     *       "message": "a valid token is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description too many failed attempts; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "too_many_requests",
                     *       "message": "too many failed attempts; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    Certificates_list: {
        parameters: {
            query?: {
                /** @description Only codes that start with this prefix (case-sensitive). */
                code?: string;
                /** @description Only active (`true`) or inactive (`false`) certificates. */
                is_active?: boolean;
                /** @description At most this many rows; no limit when absent. */
                limit?: number;
                /** @description Rows to skip (in id order). */
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateDto"][];
                };
            };
            /** @description name must be a string */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "validation_failed",
                     *       "message": "name must be a string"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description a valid token is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "unauthorized",
                     *       "message": "a valid token is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description too many failed attempts; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "too_many_requests",
                     *       "message": "too many failed attempts; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    Certificates_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Certificate id (numbered per organization). */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateDto"];
                };
            };
            /** @description name must be a string */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "validation_failed",
                     *       "message": "name must be a string"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description a valid token is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "unauthorized",
                     *       "message": "a valid token is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description `certificate_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "certificate_not_found",
                     *       "message": "not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description too many failed attempts; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "too_many_requests",
                     *       "message": "too many failed attempts; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    Certificates_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Certificate id (numbered per organization). */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCertificateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateDto"];
                };
            };
            /** @description name must be a string */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "validation_failed",
                     *       "message": "name must be a string"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description a valid token is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "unauthorized",
                     *       "message": "a valid token is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description `certificate_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "certificate_not_found",
                     *       "message": "not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description `duplicate_code`: another certificate has this code */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "error": "duplicate_code",
                     *       "message": "the code is already taken"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description too many failed attempts; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "too_many_requests",
                     *       "message": "too many failed attempts; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    Certificates_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Certificate id (numbered per organization). */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description name must be a string */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "validation_failed",
                     *       "message": "name must be a string"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description a valid token is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "unauthorized",
                     *       "message": "a valid token is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description `certificate_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "certificate_not_found",
                     *       "message": "not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description too many failed attempts; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "too_many_requests",
                     *       "message": "too many failed attempts; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    Certificates_bulkCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCertificateDto"][];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateDto"][];
                };
            };
            /** @description name must be a string */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "validation_failed",
                     *       "message": "name must be a string"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description a valid token is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "unauthorized",
                     *       "message": "a valid token is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description `duplicate_code`: every offending index and code; nothing created */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "error": "duplicate_code",
                     *       "message": "the code is already taken"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description too many failed attempts; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "too_many_requests",
                     *       "message": "too many failed attempts; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    Certificates_bulkUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkUpdateCertificateDto"][];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateDto"][];
                };
            };
            /** @description name must be a string */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "validation_failed",
                     *       "message": "name must be a string"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description a valid token is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "unauthorized",
                     *       "message": "a valid token is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description `certificate_not_found`: every unknown id; nothing changed */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "certificate_not_found",
                     *       "message": "not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description `duplicate_code`: every offending index and code; nothing changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "error": "duplicate_code",
                     *       "message": "the code is already taken"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description too many failed attempts; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "too_many_requests",
                     *       "message": "too many failed attempts; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    Health_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the database is reachable and migrated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `unhealthy`: the database is down or not migrated; details say why */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "error": "unhealthy",
                     *       "message": "the database is unavailable"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    Me_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDto"];
                };
            };
            /** @description a valid token is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "unauthorized",
                     *       "message": "a valid token is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description too many failed attempts; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "too_many_requests",
                     *       "message": "too many failed attempts; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    Paycodes_deactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CodeDto"];
                };
            };
            /** @description name must be a string */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "validation_failed",
                     *       "message": "name must be a string"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description a valid token is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "unauthorized",
                     *       "message": "a valid token is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description too many failed attempts; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "too_many_requests",
                     *       "message": "too many failed attempts; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    Paycodes_generateCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GenerateCodeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GeneratedCodeDto"];
                };
            };
            /** @description name must be a string */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "validation_failed",
                     *       "message": "name must be a string"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description a valid token is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "unauthorized",
                     *       "message": "a valid token is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description too many failed attempts; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "too_many_requests",
                     *       "message": "too many failed attempts; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    Paycodes_generateCodeList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GenerateCodeListDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CodeListDto"];
                };
            };
            /** @description name must be a string */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "validation_failed",
                     *       "message": "name must be a string"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description a valid token is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "unauthorized",
                     *       "message": "a valid token is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description too many failed attempts; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "too_many_requests",
                     *       "message": "too many failed attempts; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    Paycodes_getCodeByQuery: {
        parameters: {
            query: {
                code: string;
                rule_slug: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CodeDetailsDto"];
                };
            };
            /** @description name must be a string */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "validation_failed",
                     *       "message": "name must be a string"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description a valid token is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "unauthorized",
                     *       "message": "a valid token is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description too many failed attempts; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "too_many_requests",
                     *       "message": "too many failed attempts; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    Paycodes_getCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CodeRefDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CodeDetailsDto"];
                };
            };
            /** @description name must be a string */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "validation_failed",
                     *       "message": "name must be a string"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description a valid token is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "unauthorized",
                     *       "message": "a valid token is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description too many failed attempts; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "too_many_requests",
                     *       "message": "too many failed attempts; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    Paycodes_listPatterns: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PatternDto"][];
                };
            };
            /** @description a valid token is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "unauthorized",
                     *       "message": "a valid token is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description too many failed attempts; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "too_many_requests",
                     *       "message": "too many failed attempts; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    Paycodes_createPattern: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePatternDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PatternDto"];
                };
            };
            /** @description name must be a string */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "validation_failed",
                     *       "message": "name must be a string"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description a valid token is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "unauthorized",
                     *       "message": "a valid token is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description too many failed attempts; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "too_many_requests",
                     *       "message": "too many failed attempts; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    Paycodes_getPattern: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PatternDto"];
                };
            };
            /** @description name must be a string */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "validation_failed",
                     *       "message": "name must be a string"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description a valid token is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "unauthorized",
                     *       "message": "a valid token is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description too many failed attempts; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "too_many_requests",
                     *       "message": "too many failed attempts; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    Paycodes_updatePattern: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePatternDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PatternDto"];
                };
            };
            /** @description name must be a string */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "validation_failed",
                     *       "message": "name must be a string"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description a valid token is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "unauthorized",
                     *       "message": "a valid token is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description too many failed attempts; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "too_many_requests",
                     *       "message": "too many failed attempts; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    Paycodes_listRules: {
        parameters: {
            query?: {
                limit?: components["schemas"]["Object"];
                offset?: components["schemas"]["Object"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuleDto"][];
                };
            };
            /** @description name must be a string */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "validation_failed",
                     *       "message": "name must be a string"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description a valid token is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "unauthorized",
                     *       "message": "a valid token is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description too many failed attempts; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "too_many_requests",
                     *       "message": "too many failed attempts; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    Paycodes_createRule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRuleDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuleDto"];
                };
            };
            /** @description name must be a string */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "validation_failed",
                     *       "message": "name must be a string"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description a valid token is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "unauthorized",
                     *       "message": "a valid token is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description too many failed attempts; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "too_many_requests",
                     *       "message": "too many failed attempts; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    Paycodes_getRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuleDto"];
                };
            };
            /** @description name must be a string */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "validation_failed",
                     *       "message": "name must be a string"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description a valid token is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "unauthorized",
                     *       "message": "a valid token is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description too many failed attempts; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "too_many_requests",
                     *       "message": "too many failed attempts; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    Paycodes_updateRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRuleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuleDto"];
                };
            };
            /** @description name must be a string */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "validation_failed",
                     *       "message": "name must be a string"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description a valid token is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "unauthorized",
                     *       "message": "a valid token is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description too many failed attempts; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "too_many_requests",
                     *       "message": "too many failed attempts; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    Paycodes_useCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UseCodeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UseCodeResultDto"];
                };
            };
            /** @description name must be a string */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "validation_failed",
                     *       "message": "name must be a string"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description a valid token is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "unauthorized",
                     *       "message": "a valid token is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description too many failed attempts; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "too_many_requests",
                     *       "message": "too many failed attempts; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
}
