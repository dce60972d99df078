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
    "/api/sertcard/{number}/block": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Block a certificate: it cannot pay or be refunded until unblocked */
        post: operations["SertCardAdmin_block"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sertcard/{number}/unblock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SertCardAdmin_unblock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sertcard/Info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A certificate by Number or SecretCode
         * @description Business refusals answer HTTP 200 with a non-zero ErrorCode (docs/sertcard.md).
         */
        post: operations["SertCard_info"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sertcard/NumberFromGoods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Certificates for the series goods of a sale (idempotent per PosCode + OrderNumber), or their refund
         * @description Business refusals answer HTTP 200 with a non-zero ErrorCode (docs/sertcard.md).
         */
        post: operations["SertCard_numberFromGoods"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sertcard/Pay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pay an amount with a certificate (idempotent per PosCode + OrderNumber + SecretCode)
         * @description Business refusals answer HTTP 200 with a non-zero ErrorCode (docs/sertcard.md).
         */
        post: operations["SertCard_pay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sertcard/PayRefund": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Return an order's payments to their certificates
         * @description Business refusals answer HTTP 200 with a non-zero ErrorCode (docs/sertcard.md).
         */
        post: operations["SertCard_payRefund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sertcard/series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SertCardAdmin_listSeries"];
        put?: never;
        /** Create a series */
        post: operations["SertCardAdmin_createSeries"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sertcard/series/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SertCardAdmin_getSeries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a series; certificates already sold keep their terms */
        patch: operations["SertCardAdmin_updateSeries"];
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
    "/organization/card": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cards with every filter of the seed, paginated; with_groups lists groups first */
        get: operations["Cards_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/card_group": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Groups directly under parent_id (the root level when absent), by name, paginated */
        get: operations["CardGroups_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/card_group/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One group with its direct child group and card counts */
        get: operations["CardGroups_get"];
        put?: never;
        /** Change name, description or parent (absent fields keep their value) */
        post: operations["CardGroups_update"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/card_group/{id}/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Delete the group, its descendants and their cards in one transaction; `test` only counts */
        post: operations["CardGroups_remove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/card_group/add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a group (at the root, or under parent_id) */
        post: operations["CardGroups_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/card_level": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The levels, lowest priority first, paginated */
        get: operations["Levels_list"];
        put?: never;
        /** Create a level */
        post: operations["Levels_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/card_level/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One level */
        get: operations["Levels_get"];
        put?: never;
        /** Change the given fields of a level */
        post: operations["Levels_update"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/card_level/{id}/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Delete a level no card has */
        post: operations["Levels_remove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/card/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One card */
        get: operations["Cards_get"];
        put?: never;
        /** Change the given fields of a card (absent fields keep their value) */
        post: operations["Cards_update"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/card/{id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Activate: spending becomes possible; sets date_active */
        post: operations["Cards_activate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/card/{id}/balance_info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The seed's balance breakdown: balance, balance_available, last_transactions, bonusactive */
        get: operations["Cards_balanceInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/card/{id}/block": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Block, by hand or until unblock_date */
        post: operations["Cards_block"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/card/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate: the card only earns; sets date_deactivate */
        post: operations["Cards_deactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/card/{id}/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Delete a card; checkbalance refuses while it has points */
        post: operations["Cards_remove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/card/{id}/level_history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The card's level changes with their reasons, newest first */
        get: operations["Cards_levelHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/card/{id}/leveldown": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The seed's level-down (reset, turnover, lower priority); check: true only reports */
        post: operations["Cards_levelDown"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/card/{id}/levelup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move the card to the best higher level its turnover reaches; check: true only reports */
        post: operations["Cards_levelUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/card/{id}/transaction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accrue (sum > 0, with active_from/active_to) or spend (sum < 0) points; external_id makes it idempotent */
        post: operations["Cards_transaction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/card/{id}/transaction/{tid}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reverse a transaction (a return) with a cancel transaction */
        post: operations["Cards_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/card/{id}/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Transactions made with the card or booked on its account, newest first */
        get: operations["Cards_transactions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/card/{id}/unblock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Clear the block */
        post: operations["Cards_unblock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/card/add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a card; the barcode must be new in the organization */
        post: operations["Cards_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/card/add_user": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give a free card (no user, never activated, not blocked, our own) to user_id */
        post: operations["Cards_addUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/card/attach": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give card card_id to user_id */
        post: operations["Cards_attach"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/card/by_barcode": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cards whose barcode starts with filter */
        get: operations["Cards_byBarcode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/card/by_code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cards whose magnetic code starts with filter */
        get: operations["Cards_byCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/card/by_emai": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The seed spelling of by_email */
        get: operations["Cards_byEmai"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/card/by_email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cards whose email starts with filter (any case) */
        get: operations["Cards_byEmail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/card/by_name": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cards with a word of the name starting with filter (at most 500 in all) */
        get: operations["Cards_byName"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/card/by_phone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cards whose phone ends with the digits of filter */
        get: operations["Cards_byPhone"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/card/replacement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace a lost card: balance, point batches and the seed's fields move to the new card */
        post: operations["Cards_replace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/card/send_identify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A user's cards after confirming their email or phone with a one-time code (two steps) */
        post: operations["Cards_sendIdentify"];
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
        ActivateCardDto: {
            /**
             * @description the shop the card was activated in
             * @example 2312322123
             */
            activation_shop_id?: string;
        };
        AddUserDto: {
            /**
             * @description new description of the card
             * @example 1235
             */
            description?: string;
            /**
             * @description new name of the card
             * @example 123
             */
            name?: string;
            /**
             * @description the user to give a free card to
             * @example 123
             */
            user_id: string;
        };
        AttachCardDto: {
            /**
             * Format: uuid
             * @description the card
             * @example 729a9760-1712-4b89-b4ca-7c9af4606ee8
             */
            card_id: string;
            /**
             * @description the user to give the card to
             * @example 123
             */
            user_id: string;
        };
        BalanceInfoAnswerDto: {
            /**
             * @description legacy: all points ever accrued, burning not deducted
             * @example 13573.04
             */
            balance: number;
            /**
             * @description spendable now
             * @example 225
             */
            balance_available: number;
            /** @description batches still to activate, or that will burn */
            bonusactive: components["schemas"]["BonusActiveDto"][];
            /**
             * @description 0: success
             * @example 0
             */
            code: number;
            last_transactions: components["schemas"]["LastTransactionDto"][];
            /**
             * @description English, or Russian with `Accept-Language: ru`
             * @example Operation completed
             */
            message: string;
        };
        BlockCardDto: {
            /**
             * @description why the card is blocked
             * @example Причина блокировки
             */
            description: string;
            /**
             * @description when the block ends by itself (epoch ms); absent or 0: only by hand
             * @example 1500659675601
             */
            unblock_date?: number;
        };
        BonusActiveDto: {
            /** @example 1545858000000 */
            active_from: number;
            /**
             * @description 0: never burns
             * @example 1546117200000
             */
            active_to: number;
            /**
             * @description when the points were accrued
             * @example 1545720862333
             */
            date: number;
            /**
             * @description what is left of the batch
             * @example 35
             */
            sum: number;
        };
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
        CardAnswerDto: {
            card: components["schemas"]["CardDto"];
            /**
             * @description 0: success
             * @example 0
             */
            code: number;
            /**
             * @description English, or Russian with `Accept-Language: ru`
             * @example Operation completed
             */
            message: string;
        };
        CardApiAnswerDto: {
            /**
             * @description 0: success
             * @example 0
             */
            code: number;
            /**
             * @description English, or Russian with `Accept-Language: ru`
             * @example Operation completed
             */
            message: string;
        };
        CardApiErrorEnvelope: {
            /**
             * @description stable number of the error kind (0 is success): 1 `validation_failed`, 1 `bad_request`, 1 `invalid_value`, 2 `malformed_body`, 3 `unauthorized`, 4 `forbidden`, 5 `not_found`, 6 `method_not_allowed`, 7 `payload_too_large`, 8 `unsupported_media_type`, 9 `too_many_failures`, 10 `idempotency_key_reused`, 11 `idempotency_in_progress`, 12 `duplicate`, 13 `reference_conflict`, 14 `concurrent_update`, 15 `database_unavailable`, 16 `internal`, 17 `conflict`, 18 `unprocessable`, 101 `card_group_not_found`, 102 `parent_group_not_found`, 103 `card_group_exists`, 104 `card_group_cycle`, 105 `card_group_has_balance`, 106 `card_group_cards_referenced`, 201 `card_not_found`, 202 `card_exists`, 203 `barcode_taken`, 204 `card_has_balance`, 205 `card_is_master`, 206 `mastercard_not_found`, 207 `mastercard_invalid`, 208 `referallink_not_found`, 209 `new_card_not_found`, 210 `no_free_card`, 211 `card_of_other_user`, 212 `card_limit_reached`, 213 `external_card`, 214 `contact_not_found`, 215 `identify_code_invalid`, 216 `identify_code_missing`, 217 `card_level_not_found`, 301 `card_blocked`, 302 `card_inactive`, 303 `insufficient_points`, 304 `transaction_not_found`, 305 `transaction_cancelled`, 306 `points_already_spent`, 307 `external_id_reused`, 401 `card_level_exists`, 402 `card_level_in_use`, 501 `old_card_not_active`, 502 `old_card_replaced`, 503 `new_card_not_usable`, 504 `new_card_has_user`, 505 `new_card_has_transactions`, 506 `new_card_blocked`, 507 `same_card`, 508 `master_card_in_use`
             * @example 201
             */
            code: number;
            /**
             * @example [
             *       {
             *         "field": "phone",
             *         "reason": "phone must be digits, optionally with + ( ) - . and spaces"
             *       }
             *     ]
             */
            details?: {
                field?: string;
                reason: string;
            }[];
            /**
             * @description stable text code of the error kind
             * @example card_not_found
             */
            error: string;
            /**
             * @description English, or Russian with `Accept-Language: ru`
             * @example Карта не найдена
             */
            message: string;
            /**
             * @description on 5xx answers: the id to quote in a report
             * @example 5b0e7c2a-9f4d-4e1b-8a36-2c7d9e1f4a60
             */
            request_id?: string;
        };
        CardDto: {
            /** @example 10500 */
            accum_sale_amount: number;
            /** @example 2312322123 */
            activation_shop_id: string;
            /** @example true */
            active: boolean;
            /**
             * @description points
             * @example 225.5
             */
            balance: number;
            /** @example 2000000000015 */
            barcode: string;
            /**
             * @description false once date_unblock has passed
             * @example false
             */
            blocked: boolean;
            /**
             * @description why the card is blocked; "" when it is not
             * @example
             */
            blockeddescription: string;
            /** @example 61fc02f3-cef3-49d1-9150-4369b2a5f6a6 */
            card_level_id: string;
            /**
             * @description magnetic code
             * @example 54377537373
             */
            code: string;
            /**
             * @description epoch ms; 0: never
             * @example 1545720862693
             */
            date_active: number;
            /**
             * @description epoch ms; 0: never
             * @example 0
             */
            date_deactivate: number;
            /**
             * @description epoch ms of the first sale; 0: never
             * @example 1545720862693
             */
            date_first_check: number;
            /**
             * @description epoch ms of the last sale; 0: never
             * @example 1545720862693
             */
            date_last_activity: number;
            /**
             * @description epoch ms; 0: never
             * @example 1545720862693
             */
            date_last_transaction: number;
            /**
             * @description epoch ms the block ends; 0: not temporarily blocked
             * @example 0
             */
            date_unblock: number;
            /** @example Выдана на открытии магазина */
            description: string;
            /** @example mail@mail.ru */
            email: string;
            /** @example 0 */
            external_card: number;
            /**
             * Format: uuid
             * @example 3f9c2b1e-8d4a-4c6f-9b2e-7a1d5e0c4b83
             */
            id: string;
            /**
             * @description the card's image, else the organization's default_card_image
             * @example https://cdn.example/cards/gold.png
             */
            image: string;
            /**
             * @description id of the last transaction
             * @example f47ac10b-58cc-4372-a567-0e02b2c3d479
             */
            last_transaction: string;
            /**
             * @description the master card it books on; "" for its own account
             * @example
             */
            mastercard_id: string;
            /** @example Карта VIP-клиента */
            name: string;
            /**
             * @description the card replacing this one; "" when not replaced
             * @example
             */
            new_card_id: string;
            /**
             * @description the group; "" at the root
             * @example 729a9760-1712-4b89-b4ca-7c9af4606ee8
             */
            parent_id: string;
            /**
             * @description digits only
             * @example 79123456789
             */
            phone: string;
            /**
             * @description the card of the member who invited this one
             * @example c0a8012e-7d3b-4f6a-9e21-5b8d4f3a2c17
             */
            referallink_id: string;
            /** @example 123 */
            user_id: string;
        };
        CardGroupAnswerDto: {
            card_group: components["schemas"]["CardGroupDto"];
            /**
             * @description 0: success
             * @example 0
             */
            code: number;
            /**
             * @description English, or Russian with `Accept-Language: ru`
             * @example Operation completed
             */
            message: string;
        };
        CardGroupDeleteAnswerDto: {
            /**
             * @description 0: success
             * @example 0
             */
            code: number;
            counts: components["schemas"]["DeleteCountsDto"];
            /**
             * @description false for a `test` run
             * @example false
             */
            deleted: boolean;
            /**
             * @description English, or Russian with `Accept-Language: ru`
             * @example Operation completed
             */
            message: string;
        };
        CardGroupDto: {
            /**
             * @description cards directly in it (not in its descendants)
             * @example 15
             */
            cards_count: number;
            /** @example В этой группе находятся карты VIP-клиентов */
            description: string;
            /**
             * @description child groups directly in it
             * @example 2
             */
            groups_count: number;
            /**
             * Format: uuid
             * @example 729a9760-1712-4b89-b4ca-7c9af4606ee8
             */
            id: string;
            /** @example VIP-карты */
            name: string;
            /**
             * @description "" at the root
             * @example 26e5744f-902d-4bb9-a565-32e872e7bb30
             */
            parent_id: string;
        };
        CardGroupListAnswerDto: {
            card_groups: components["schemas"]["CardGroupDto"][];
            /**
             * @description 0: success
             * @example 0
             */
            code: number;
            /**
             * @description English, or Russian with `Accept-Language: ru`
             * @example Operation completed
             */
            message: string;
            pagination: components["schemas"]["PaginationDto"];
        };
        CardListAnswerDto: {
            /** @description with with_groups, the groups come first (is_group: true) */
            cards: (components["schemas"]["CardRowDto"] | components["schemas"]["GroupRowDto"])[];
            /**
             * @description 0: success
             * @example 0
             */
            code: number;
            /**
             * @description English, or Russian with `Accept-Language: ru`
             * @example Operation completed
             */
            message: string;
            pagination: components["schemas"]["PaginationDto"];
        };
        CardRowDto: {
            /** @example 10500 */
            accum_sale_amount: number;
            /** @example 2312322123 */
            activation_shop_id: string;
            /** @example true */
            active: boolean;
            /**
             * @description points
             * @example 225.5
             */
            balance: number;
            /** @example 2000000000015 */
            barcode: string;
            /**
             * @description false once date_unblock has passed
             * @example false
             */
            blocked: boolean;
            /**
             * @description why the card is blocked; "" when it is not
             * @example
             */
            blockeddescription: string;
            /** @example 61fc02f3-cef3-49d1-9150-4369b2a5f6a6 */
            card_level_id: string;
            /**
             * @description magnetic code
             * @example 54377537373
             */
            code: string;
            /**
             * @description epoch ms; 0: never
             * @example 1545720862693
             */
            date_active: number;
            /**
             * @description epoch ms; 0: never
             * @example 0
             */
            date_deactivate: number;
            /**
             * @description epoch ms of the first sale; 0: never
             * @example 1545720862693
             */
            date_first_check: number;
            /**
             * @description epoch ms of the last sale; 0: never
             * @example 1545720862693
             */
            date_last_activity: number;
            /**
             * @description epoch ms; 0: never
             * @example 1545720862693
             */
            date_last_transaction: number;
            /**
             * @description epoch ms the block ends; 0: not temporarily blocked
             * @example 0
             */
            date_unblock: number;
            /** @example Выдана на открытии магазина */
            description: string;
            /** @example mail@mail.ru */
            email: string;
            /** @example 0 */
            external_card: number;
            /**
             * Format: uuid
             * @example 3f9c2b1e-8d4a-4c6f-9b2e-7a1d5e0c4b83
             */
            id: string;
            /**
             * @description the card's image, else the organization's default_card_image
             * @example https://cdn.example/cards/gold.png
             */
            image: string;
            /**
             * @description present with with_groups
             * @example false
             */
            is_group?: boolean;
            /**
             * @description id of the last transaction
             * @example f47ac10b-58cc-4372-a567-0e02b2c3d479
             */
            last_transaction: string;
            /**
             * @description the master card it books on; "" for its own account
             * @example
             */
            mastercard_id: string;
            /** @example Карта VIP-клиента */
            name: string;
            /**
             * @description the card replacing this one; "" when not replaced
             * @example
             */
            new_card_id: string;
            /**
             * @description the group; "" at the root
             * @example 729a9760-1712-4b89-b4ca-7c9af4606ee8
             */
            parent_id: string;
            /**
             * @description digits only
             * @example 79123456789
             */
            phone: string;
            /**
             * @description the card of the member who invited this one
             * @example c0a8012e-7d3b-4f6a-9e21-5b8d4f3a2c17
             */
            referallink_id: string;
            /**
             * @description position in the whole list, from 1
             * @example 1
             */
            row_number: number;
            /** @example 123 */
            user_id: string;
        };
        CardSearchAnswerDto: {
            cards: components["schemas"]["CardRowDto"][];
            /**
             * @description 0: success
             * @example 0
             */
            code: number;
            /**
             * @description English, or Russian with `Accept-Language: ru`
             * @example Operation completed
             */
            message: string;
            pagination: components["schemas"]["PaginationDto"];
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
            /** @example null */
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
            /** @example true */
            is_active: boolean;
            /** @example test */
            rule_slug: string;
            /** @example 2014-07-24 18:23:30.586785+02 */
            start_time: string;
            /** @example null */
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
        CreateCardDto: {
            /**
             * @description sales turnover (not points)
             * @example 100.5
             */
            accum_sale_amount?: number;
            /**
             * @description true sets date_active
             * @example false
             */
            active?: boolean;
            /**
             * @description opening balance in points; booked as an opening ledger entry
             * @example 100.5
             */
            balance?: number;
            /**
             * @description barcode, unique in the organization
             * @example 2000000000015
             */
            barcode: string | number;
            /**
             * @description true blocks the card (reason in blockeddescription)
             * @example false
             */
            blocked?: boolean;
            /**
             * @description why the card is blocked
             * @example Причина блокировки
             */
            blockeddescription?: string;
            /**
             * Format: uuid
             * @description the card level; null or "": none
             * @example 729a9760-1712-4b89-b4ca-7c9af4606ee8
             */
            card_level_id?: string | null;
            /**
             * @description magnetic code
             * @example 54377537373
             */
            code: string | number;
            /** @example Выдана на открытии магазина */
            description?: string;
            /**
             * @description email; stored in lower case
             * @example mail@mail.ru
             */
            email?: string;
            /**
             * @description 0: our card; otherwise external
             * @example 0
             */
            external_card?: number;
            /**
             * Format: uuid
             * @description the card id; generated when absent
             * @example 729a9760-1712-4b89-b4ca-7c9af4606ee8
             */
            id?: string;
            /**
             * @description URI of the card's image (an addition)
             * @example https://cdn.example/cards/gold.png
             */
            image?: string;
            /**
             * Format: uuid
             * @description the master card whose account this card books on; null or "": none
             * @example 729a9760-1712-4b89-b4ca-7c9af4606ee8
             */
            mastercard_id?: string | null;
            /** @example Карта VIP-клиента */
            name?: string;
            /**
             * Format: uuid
             * @description the card that replaces this one; null or "": none
             * @example 729a9760-1712-4b89-b4ca-7c9af4606ee8
             */
            new_card_id?: string | null;
            /**
             * Format: uuid
             * @description the group; null or "": the root
             * @example 729a9760-1712-4b89-b4ca-7c9af4606ee8
             */
            parent_id?: string | null;
            /**
             * @description mobile phone; stored as digits only
             * @example +7 (912) 345-67-89
             */
            phone?: string;
            /**
             * Format: uuid
             * @description the card of the member who invited this card holder; null or "": none
             * @example 729a9760-1712-4b89-b4ca-7c9af4606ee8
             */
            referallink_id?: string | null;
        };
        CreateCardGroupDto: {
            /** @example В этой группе находятся карты VIP-клиентов */
            description?: string;
            /**
             * Format: uuid
             * @description the group id; generated when absent
             * @example 729a9760-1712-4b89-b4ca-7c9af4606ee8
             */
            id?: string;
            /** @example VIP-карты */
            name?: string;
            /**
             * Format: uuid
             * @description the parent group; absent, null or "": the root of the tree
             * @example 729a9760-1712-4b89-b4ca-7c9af4606ee8
             */
            parent_id?: string | null;
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
            /**
             * Format: uuid
             * @example 0f8e2d4c-6b1a-4c3e-8f2d-1a2b3c4d5e6f
             */
            id: string;
            /** @example 834501927 */
            token: number;
        };
        CreatedTokenDto: {
            /** @example null */
            expires_at: Record<string, never> | null;
            /**
             * Format: uuid
             * @example 0f8e2d4c-6b1a-4c3e-8f2d-1a2b3c4d5e6f
             */
            id: string;
            /** @example pos-1 */
            name: string;
            /**
             * @description shown only once
             * @example q3Vt9xKc2LmP8rZs4NwY7bHd5JfA1gEo
             */
            token: string;
        };
        CreateLegacyTokenDto: {
            /**
             * @description the Token a POS is configured with; random when absent
             * @example 123456
             */
            token?: number;
        };
        CreateLevelDto: {
            /**
             * @description sales turnover a card needs for this level
             * @example 100.5
             */
            accum_level: number;
            /**
             * @description bonus points in percent of a sale (kept for the checkout; not used by the service)
             * @example 5
             */
            bonus_percent?: number | null;
            /**
             * @description discount in percent (kept for the checkout; not used by the service)
             * @example 5
             */
            discount?: number | null;
            /**
             * Format: uuid
             * @description the level id; generated when absent
             * @example 729a9760-1712-4b89-b4ca-7c9af4606ee8
             */
            id?: string;
            /** @example Gold */
            name: string;
            /**
             * @description higher is better
             * @example 10
             */
            priority: number;
            /**
             * @description leveldown leaves a card on a level with reset alone
             * @default false
             * @example false
             */
            reset: boolean;
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
        CreateSeriesDto: {
            /**
             * @description unspent certificates of a sale may be refunded
             * @example true
             */
            allow_refund: boolean;
            /**
             * @description partial payments are allowed
             * @example true
             */
            allow_reuse: boolean;
            /**
             * @description the SertCardSeries the POS sends; default the next free one
             * @example 1
             */
            id?: number;
            /**
             * @description goods ItemCodes that are certificates of this series; empty: every goods line
             * @example [
             *       "GIFT1000"
             *     ]
             */
            item_codes: string[];
            /** @example Gift card 1000 */
            name: string;
            /**
             * @description fixed nominal; null: the unit Price is the nominal
             * @example 1000
             */
            nominal?: number | null;
            /**
             * @description 2..256 distinct characters secret codes are drawn from
             * @default 23456789ABCDEFGHJKLMNPQRSTUVWXYZ
             * @example 23456789ABCDEFGHJKLMNPQRSTUVWXYZ
             */
            secret_alphabet: string;
            /**
             * @default 12
             * @example 12
             */
            secret_length: number;
            /** @example 365 */
            validity_days: number;
        };
        CreateTokenDto: {
            /** @example 2027-01-01T00:00:00Z */
            expires_at?: string;
            /** @example pos-1 */
            name: string;
        };
        CreateTransactionDto: {
            /**
             * @description accruals: when the points become spendable (epoch ms); absent or 0: now
             * @example 1500659675601
             */
            active_from?: number;
            /**
             * @description accruals: when the points burn (epoch ms); absent or 0: never
             * @example 1500659675601
             */
            active_to?: number;
            /** @example purchase */
            description?: string;
            /**
             * @description your id of the operation: a retry with it books nothing twice
             * @example cheque-2024-000123
             */
            external_id?: string;
            /**
             * @description the sale this transaction belongs to: adds to the turnover (accum_sale_amount)
             * @example 100.5
             */
            sale_amount?: number;
            /** @example shop-7 */
            shop_id?: string;
            /**
             * @description points: > 0 accrues, < 0 spends (two decimals)
             * @example 100.5
             */
            sum: number;
        };
        DeleteCardDto: {
            /**
             * @description refuse (409) when the card has points
             * @example true
             */
            checkbalance?: boolean;
        };
        DeleteCardGroupDto: {
            /**
             * @description delete even when cards of the subtree still have points
             * @example false
             */
            force?: boolean;
            /**
             * @description only count what would be deleted; delete nothing
             * @example true
             */
            test?: boolean;
        };
        DeleteCountsDto: {
            /**
             * @description cards in those groups
             * @example 42
             */
            cards: number;
            /**
             * @description of those, cards that still have points
             * @example 5
             */
            cards_with_balance: number;
            /**
             * @description groups of the subtree, the group itself included
             * @example 3
             */
            groups: number;
        };
        ErrorEnvelope: {
            /**
             * @description offending fields or bulk items
             * @example [
             *       {
             *         "field": "name",
             *         "reason": "name must be a string"
             *       }
             *     ]
             */
            details?: {
                code?: string;
                field?: string;
                index?: number;
                reason: string;
            }[];
            /**
             * @description stable machine code, e.g. `validation_failed`, `not_found`
             * @example validation_failed
             */
            error: string;
            /**
             * @description what went wrong, for people
             * @example name must be a string
             */
            message: string;
            /**
             * @description on 5xx answers: the id to quote in a report
             * @example 5b0e7c2a-9f4d-4e1b-8a36-2c7d9e1f4a60
             */
            request_id?: string;
            /**
             * @description the HTTP status again
             * @example 400
             */
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
        GroupRowDto: {
            /**
             * @description cards directly in it
             * @example 15
             */
            cards_count: number;
            /** @example В этой группе находятся карты VIP-клиентов */
            description: string;
            /**
             * @description child groups directly in it
             * @example 2
             */
            groups_count: number;
            /**
             * Format: uuid
             * @example 729a9760-1712-4b89-b4ca-7c9af4606ee8
             */
            id: string;
            /** @example true */
            is_group: boolean;
            /** @example VIP-карты */
            name: string;
            /**
             * @description "" at the root
             * @example 26e5744f-902d-4bb9-a565-32e872e7bb30
             */
            parent_id: string;
            /** @example 1 */
            row_number: number;
        };
        HealthDto: {
            /**
             * @description every indicator, by name
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            details: {
                [key: string]: unknown;
            };
            /**
             * @description the indicators that are down (none when ready)
             * @example {}
             */
            error: {
                [key: string]: unknown;
            };
            /**
             * @description the indicators that are up, by name
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            info: {
                [key: string]: unknown;
            };
            /**
             * @example ok
             * @enum {string}
             */
            status: "ok";
        };
        IdentifyAnswerDto: {
            /** @description the cards (step 2, or step 1 without confirmation) */
            cards?: components["schemas"]["CardRowDto"][];
            /**
             * @description 0: success
             * @example 0
             */
            code: number;
            /**
             * @description English, or Russian with `Accept-Language: ru`
             * @example Operation completed
             */
            message: string;
            /**
             * @example email
             * @enum {string}
             */
            send_to?: "email" | "phone";
            /**
             * @description step 1 with confirmation: true, a code was sent
             * @example true
             */
            sent?: boolean;
            /**
             * @description step 1: the (first) user owning cards with the contact; step 2: the user
             * @example 123
             */
            user_id?: string;
            /**
             * @description step 1: every user owning cards with the contact
             * @example [
             *       "123"
             *     ]
             */
            user_ids?: string[];
        };
        InfoRequest: {
            /** @example 100001 */
            Number?: number | null;
            /**
             * @description Operator of the loyalty program (legacy login with Token)
             * @example 1
             */
            Operator?: number | null;
            /** @example K7QZ2M9XH4TP */
            SecretCode?: string | null;
            /**
             * @description Code of the widget that sends the request
             * @example sample string 4
             */
            SiteCode?: string | null;
            /**
             * @description Legacy numeric token (with Operator)
             * @example 1
             */
            Token?: number | null;
        };
        InfoResponse: {
            /**
             * @description 0 on success; see the error-code table in docs/sertcard.md
             * @example 0
             */
            ErrorCode: number;
            /**
             * @description why the request failed; null on success
             * @example null
             */
            Message: string | null;
            SertCard: components["schemas"]["NumberFromGoodsSertCard"] | null;
        };
        LastTransactionDto: {
            /** @example 1545720862693 */
            date: number;
            /** @example -25 */
            sum: number;
        };
        LegacyTokenDto: {
            /** @example 2026-11-23T09:00:00.000Z */
            created_at: string;
            /**
             * Format: uuid
             * @example 0f8e2d4c-6b1a-4c3e-8f2d-1a2b3c4d5e6f
             */
            id: string;
            /** @example null */
            revoked_at: Record<string, never> | null;
        };
        LevelAnswerDto: {
            card_level: components["schemas"]["LevelDto"];
            /**
             * @description 0: success
             * @example 0
             */
            code: number;
            /**
             * @description English, or Russian with `Accept-Language: ru`
             * @example Operation completed
             */
            message: string;
        };
        LevelCheckDto: {
            /**
             * @description true: only report, change nothing
             * @default false
             * @example false
             */
            check: boolean;
        };
        LevelDownAnswerDto: {
            /**
             * @description 0: success
             * @example 0
             */
            code: number;
            /** @description present when the card moved */
            level_down?: components["schemas"]["LevelMoveDto"];
            /**
             * @description English, or Russian with `Accept-Language: ru`
             * @example Operation completed
             */
            message: string;
            /** @description the next level below; with check: true the level the card would move to now */
            next_level_down?: components["schemas"]["LevelMoveDto"];
        };
        LevelDto: {
            /** @example 10000 */
            accum_level: number;
            /** @example 3 */
            bonus_percent: number | null;
            /** @example 5 */
            discount: number | null;
            /**
             * Format: uuid
             * @example 8b2e4f61-3c7a-4d95-a0e8-6f1b9c2d7e54
             */
            id: string;
            /** @example Gold */
            name: string;
            /** @example 10 */
            priority: number;
            /** @example false */
            reset: boolean;
        };
        LevelHistoryAnswerDto: {
            /**
             * @description 0: success
             * @example 0
             */
            code: number;
            level_history: components["schemas"]["LevelHistoryEntryDto"][];
            /**
             * @description English, or Russian with `Accept-Language: ru`
             * @example Operation completed
             */
            message: string;
            pagination: components["schemas"]["PaginationDto"];
        };
        LevelHistoryEntryDto: {
            /**
             * @description the card's turnover at the change
             * @example 10500
             */
            accum_amount: number;
            /**
             * @description epoch ms
             * @example 1545720862693
             */
            date: number;
            /**
             * @description "" for none
             * @example fd7173a2-a12d-421e-b413-00d4208d193a
             */
            from_level_id: string;
            /** @example У2 */
            from_level_name: string;
            /**
             * @example levelup
             * @enum {string}
             */
            reason: "levelup" | "leveldown" | "manual" | "replacement";
            /**
             * @description "" for none
             * @example 61fc02f3-cef3-49d1-9150-4369b2a5f6a6
             */
            to_level_id: string;
            /** @example 1s100k */
            to_level_name: string;
        };
        LevelListAnswerDto: {
            card_levels: components["schemas"]["LevelDto"][];
            /**
             * @description 0: success
             * @example 0
             */
            code: number;
            /**
             * @description English, or Russian with `Accept-Language: ru`
             * @example Operation completed
             */
            message: string;
            pagination: components["schemas"]["PaginationDto"];
        };
        LevelMoveDto: {
            /**
             * @description the card's turnover
             * @example 10500
             */
            accum_amount: number;
            /**
             * @description the level's required turnover
             * @example 100
             */
            accum_level: number;
            /**
             * Format: uuid
             * @example 61fc02f3-cef3-49d1-9150-4369b2a5f6a6
             */
            level_id: string;
            /** @example 1s100k */
            level_name: string;
        };
        LevelUpAnswerDto: {
            /**
             * @description 0: success
             * @example 0
             */
            code: number;
            /** @description present when the card moved */
            level_up?: components["schemas"]["LevelMoveDto"];
            /**
             * @description English, or Russian with `Accept-Language: ru`
             * @example Operation completed
             */
            message: string;
            /** @description the next level above; with check: true the level the card can move to now */
            next_level_up?: components["schemas"]["LevelMoveDto"];
        };
        NumberFromGoodsGood: {
            /** @example 1 */
            Id?: number | null;
            /** @example GIFT1000 */
            ItemCode?: string | null;
            /** @example Gift card 1000 */
            Name?: string | null;
            /**
             * @description unit price, > 0, at most 2 decimals
             * @example 1000
             */
            Price: number;
            /** @example 1 */
            Quantity: number;
        };
        NumberFromGoodsRequest: {
            /** @example 1 */
            ChequeId?: number | null;
            /** @example 1 */
            Client?: number | null;
            /** @example 1 */
            ClientIShop?: number | null;
            /** @example buyer@example.com */
            Email?: string | null;
            /** @description 1..100 lines; required for a sale; in a refund, the returned lines (none: the whole order) */
            Goods?: components["schemas"]["NumberFromGoodsGood"][];
            /**
             * @description Operator of the loyalty program (legacy login with Token)
             * @example 1
             */
            Operator?: number | null;
            /** @example sample string 2 */
            OrderNumber: string;
            /** @example 79161234567 */
            Phone?: number | null;
            /** @example sample string 1 */
            PosCode: string;
            /**
             * @description a refund receipt
             * @example false
             */
            Refund?: boolean | null;
            /**
             * @description required for a sale
             * @example 1
             */
            SertCardSeries?: number | null;
            /**
             * @description Code of the widget that sends the request
             * @example sample string 4
             */
            SiteCode?: string | null;
            /**
             * @description Legacy numeric token (with Operator)
             * @example 1
             */
            Token?: number | null;
        };
        NumberFromGoodsResponse: {
            /**
             * @description 0 on success; see the error-code table in docs/sertcard.md
             * @example 0
             */
            ErrorCode: number;
            /**
             * @description why the request failed; null on success
             * @example null
             */
            Message: string | null;
            SertCards: components["schemas"]["NumberFromGoodsSertCard"][] | null;
        };
        NumberFromGoodsSertCard: {
            /**
             * @description this certificate can be refunded now
             * @example true
             */
            AllowRefund: boolean;
            /**
             * @description the sale it came from can still be refunded
             * @example true
             */
            AllowRefundPurchase: boolean;
            /**
             * @description partial payments are allowed
             * @example true
             */
            AllowReuse: boolean;
            /** @example 1000 */
            Nominal: number;
            /** @example 100001 */
            Number: number;
            /** @example 1000 */
            Remain: number;
            /**
             * @description null when looked up by Number
             * @example K7QZ2M9XH4TP
             */
            SecretCode: string | null;
            /**
             * @example Active
             * @enum {string}
             */
            SertCardStatus: "Active" | "Used" | "Refunded" | "Expired" | "Blocked";
            /**
             * @example Sold
             * @enum {string}
             */
            SertCardStatusPurchase: "Sold" | "Refunded";
            /** @example 2024-04-29T14:09:27.2527486+03:00 */
            SertExpDate: string;
        };
        OrganizationDto: {
            /**
             * Format: uuid
             * @example 5b0e7c1e-2f7a-4d8e-9c1a-3f4b5d6e7f80
             */
            id: string;
            /** @example Corner Shop */
            name: string;
            /** @example 1001 */
            operator_id: number;
            settings: components["schemas"]["OrganizationSettingsDto"];
        };
        OrganizationSettingsDto: {
            /** @example https://shop.example/img/card.png */
            default_card_image?: Record<string, never> | null;
            /** @example true */
            identify_requires_code?: boolean;
            /**
             * @example ru
             * @enum {string}
             */
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
        PaginationDto: {
            /**
             * @description null with calculate_count=false
             * @example 15275
             */
            items: number | null;
            /** @example 1 */
            page: number;
            /**
             * @description null with calculate_count=false
             * @example 1528
             */
            pages: number | null;
            /** @example 10 */
            per_page: number;
        };
        PatternDto: {
            /** @example 8 */
            id: number;
            /** @example ABCDEFGHIJKLMNOPQRSTUWVZ0123456789 */
            pattern: string;
            /** @example alfanumeryczne */
            slug: string;
        };
        PayRefundRequest: {
            /**
             * @description Operator of the loyalty program (legacy login with Token)
             * @example 1
             */
            Operator?: number | null;
            /** @example order-77 */
            OrderNumber: string;
            /** @example pos-1 */
            PosCode: string;
            /**
             * @description only the payment made with this certificate
             * @example K7QZ2M9XH4TP
             */
            SecretCode?: string | null;
            /**
             * @description Code of the widget that sends the request
             * @example sample string 4
             */
            SiteCode?: string | null;
            /**
             * @description Legacy numeric token (with Operator)
             * @example 1
             */
            Token?: number | null;
        };
        PayRefundResponse: {
            /**
             * @description the amount returned
             * @example 250
             */
            Amount: number | null;
            /**
             * @description 0 on success; see the error-code table in docs/sertcard.md
             * @example 0
             */
            ErrorCode: number;
            /**
             * @description why the request failed; null on success
             * @example null
             */
            Message: string | null;
            /** @description the certificates after the return */
            SertCards: components["schemas"]["NumberFromGoodsSertCard"][] | null;
        };
        PayRequest: {
            /**
             * @description > 0, at most 2 decimals
             * @example 250
             */
            Amount: number;
            /**
             * @description Operator of the loyalty program (legacy login with Token)
             * @example 1
             */
            Operator?: number | null;
            /** @example order-77 */
            OrderNumber: string;
            /** @example pos-1 */
            PosCode: string;
            /** @example K7QZ2M9XH4TP */
            SecretCode: string;
            /**
             * @description Code of the widget that sends the request
             * @example sample string 4
             */
            SiteCode?: string | null;
            /**
             * @description Legacy numeric token (with Operator)
             * @example 1
             */
            Token?: number | null;
        };
        PayResponse: {
            /**
             * @description the amount paid
             * @example 250
             */
            Amount: number | null;
            /**
             * @description 0 on success; see the error-code table in docs/sertcard.md
             * @example 0
             */
            ErrorCode: number;
            /**
             * @description why the request failed; null on success
             * @example null
             */
            Message: string | null;
            /** @description the certificate after the payment */
            SertCard: components["schemas"]["NumberFromGoodsSertCard"] | null;
        };
        ReplacementAnswerDto: {
            /** @description the new card, with the balance and fields moved to it */
            card: components["schemas"]["CardDto"];
            /**
             * @description 0: success
             * @example 0
             */
            code: number;
            /**
             * @description English, or Russian with `Accept-Language: ru`
             * @example Operation completed
             */
            message: string;
            /** @description the old card: deactivated, blocked, new_card_id set */
            old_card: components["schemas"]["CardDto"];
        };
        ReplacementDto: {
            /**
             * Format: uuid
             * @description the card replacing it
             * @example 729a9760-1712-4b89-b4ca-7c9af4606ee8
             */
            new_card_id: string;
            /**
             * Format: uuid
             * @description the card being replaced (lost)
             * @example 729a9760-1712-4b89-b4ca-7c9af4606ee8
             */
            old_card_id: string;
        };
        RuleDto: {
            /** @example 20658 */
            application_id: Record<string, never> | null;
            /** @example 5935 */
            channel_id: Record<string, never> | null;
            /** @example 1024 */
            code_duration: Record<string, never> | null;
            /** @example 2100-12-31 23:59:59.999999+00 */
            code_duration_date: Record<string, never> | null;
            /** @example 360 */
            code_expiration: Record<string, never> | null;
            /** @example 6 */
            code_lenght: number;
            /**
             * @example {
             *       "test": "test"
             *     }
             */
            config: {
                [key: string]: unknown;
            };
            /** @example testowa */
            description: Record<string, never> | null;
            /** @example 3 */
            id: number;
            /** @example true */
            is_active: boolean;
            /** @example 1 */
            merchant_id: Record<string, never> | null;
            /** @example alfanumeryczne */
            pattern_slug: string;
            /** @example  */
            prefix: string;
            /** @example 123456 */
            price: Record<string, never> | null;
            /** @example 1 */
            prod_cat_id: Record<string, never> | null;
            /** @example 1 */
            prod_id: Record<string, never> | null;
            /** @example 1 */
            prod_subcat_id: Record<string, never> | null;
            /** @example 300481 */
            sap_id: Record<string, never> | null;
            /** @example test */
            slug: string;
        };
        SendIdentifyDto: {
            /**
             * @description step 1: find the cards with this email
             * @example mail@mail.ru
             */
            email?: string;
            /**
             * @description step 2: the code received
             * @example 042917
             */
            identify_code?: string | number;
            /**
             * @description step 1: find the cards with this phone
             * @example +7 (912) 345-67-89
             */
            phone?: string;
            /**
             * @description step 1: where the code goes (default: the contact given)
             * @example email
             * @enum {string}
             */
            send_to?: "email" | "phone";
            /**
             * @description step 2: the user the code was sent for
             * @example 123
             */
            user_id?: string;
        };
        SeriesDto: {
            /** @example true */
            allow_refund: boolean;
            /** @example true */
            allow_reuse: boolean;
            /** @example 1 */
            id: number;
            /**
             * @example [
             *       "GIFT1000"
             *     ]
             */
            item_codes: string[];
            /** @example Gift card 1000 */
            name: string;
            /** @example 1000 */
            nominal: number | null;
            /** @example 23456789ABCDEFGHJKLMNPQRSTUVWXYZ */
            secret_alphabet: string;
            /** @example 12 */
            secret_length: number;
            /** @example 365 */
            validity_days: number;
        };
        TokenDto: {
            /** @example 2026-11-23T09:00:00.000Z */
            created_at: string;
            /** @example null */
            expires_at: Record<string, never> | null;
            /**
             * Format: uuid
             * @example 0f8e2d4c-6b1a-4c3e-8f2d-1a2b3c4d5e6f
             */
            id: string;
            /** @example null */
            last_used_at: Record<string, never> | null;
            /** @example pos-1 */
            name: string;
            /** @example null */
            revoked_at: Record<string, never> | null;
        };
        TransactionAnswerDto: {
            /**
             * @description spendable points of the account now
             * @example 225
             */
            balance_available: number;
            /**
             * @description 0: success
             * @example 0
             */
            code: number;
            /**
             * @description English, or Russian with `Accept-Language: ru`
             * @example Operation completed
             */
            message: string;
            /**
             * @description true: an earlier transaction with this external_id, answered again
             * @example false
             */
            replayed: boolean;
            transaction: components["schemas"]["TransactionDto"];
        };
        TransactionDto: {
            /**
             * @description the card whose points it books (the master card, or the card itself)
             * @example 3f9c2b1e-8d4a-4c6f-9b2e-7a1d5e0c4b83
             */
            account_id: string;
            /**
             * @description accruals: epoch ms the points become spendable; else 0
             * @example 1545858000000
             */
            active_from: number;
            /**
             * @description accruals: epoch ms the points burn; 0: never
             * @example 1546117200000
             */
            active_to: number;
            /**
             * @description cancelled by a later cancel transaction
             * @example false
             */
            cancelled: boolean;
            /**
             * @description a cancel transaction: the id of the one it reverses
             * @example
             */
            cancels: string;
            /**
             * @description the card it was made with ("" once that card is deleted)
             * @example 3f9c2b1e-8d4a-4c6f-9b2e-7a1d5e0c4b83
             */
            card_id: string;
            /**
             * @description epoch ms
             * @example 1545720862333
             */
            date: number;
            /**
             * @description epoch ms of the cancellation; 0: none
             * @example 0
             */
            date_cancelled: number;
            /** @example purchase */
            description: string;
            /**
             * @description your id of the operation; "" when none was given
             * @example cheque-2024-000123
             */
            external_id: string;
            /**
             * Format: uuid
             * @example f47ac10b-58cc-4372-a567-0e02b2c3d479
             */
            id: string;
            /**
             * @example accrual
             * @enum {string}
             */
            kind: "opening" | "accrual" | "spend" | "cancel";
            /** @example 0 */
            sale_amount: number;
            /** @example shop-7 */
            shop_id: string;
            /** @example 60 */
            sum: number;
        };
        TransactionListAnswerDto: {
            /**
             * @description 0: success
             * @example 0
             */
            code: number;
            /**
             * @description English, or Russian with `Accept-Language: ru`
             * @example Operation completed
             */
            message: string;
            pagination: components["schemas"]["PaginationDto"];
            transactions: components["schemas"]["TransactionDto"][];
        };
        UpdateCardDto: {
            /**
             * @description sales turnover (not points)
             * @example 100.5
             */
            accum_sale_amount?: number;
            /**
             * @description barcode, unique in the organization
             * @example 2000000000015
             */
            barcode?: string | number;
            /**
             * Format: uuid
             * @description the card level; null or "": none
             * @example 729a9760-1712-4b89-b4ca-7c9af4606ee8
             */
            card_level_id?: string | null;
            /**
             * @description magnetic code
             * @example 54377537373
             */
            code?: string | number;
            /** @example Выдана на открытии магазина */
            description?: string;
            /**
             * @description email; stored in lower case
             * @example mail@mail.ru
             */
            email?: string;
            /**
             * @description 0: our card; otherwise external
             * @example 0
             */
            external_card?: number;
            /**
             * @description URI of the card's image (an addition)
             * @example https://cdn.example/cards/gold.png
             */
            image?: string;
            /**
             * Format: uuid
             * @description the master card whose account this card books on; null or "": none
             * @example 729a9760-1712-4b89-b4ca-7c9af4606ee8
             */
            mastercard_id?: string | null;
            /** @example Карта VIP-клиента */
            name?: string;
            /**
             * Format: uuid
             * @description the card that replaces this one; null or "": none
             * @example 729a9760-1712-4b89-b4ca-7c9af4606ee8
             */
            new_card_id?: string | null;
            /**
             * Format: uuid
             * @description the group; null or "": the root
             * @example 729a9760-1712-4b89-b4ca-7c9af4606ee8
             */
            parent_id?: string | null;
            /**
             * @description mobile phone; stored as digits only
             * @example +7 (912) 345-67-89
             */
            phone?: string;
        };
        UpdateCardGroupDto: {
            /** @example В этой группе находятся карты VIP-клиентов */
            description?: string;
            /** @example VIP-карты */
            name?: string;
            /**
             * Format: uuid
             * @description the new parent group; null or "": the root
             * @example 729a9760-1712-4b89-b4ca-7c9af4606ee8
             */
            parent_id?: string | null;
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
        UpdateLevelDto: {
            /**
             * @description sales turnover a card needs for this level
             * @example 100.5
             */
            accum_level?: number;
            /**
             * @description bonus points in percent of a sale (kept for the checkout; not used by the service)
             * @example 5
             */
            bonus_percent?: number | null;
            /**
             * @description discount in percent (kept for the checkout; not used by the service)
             * @example 5
             */
            discount?: number | null;
            /** @example Gold */
            name?: string;
            /**
             * @description higher is better
             * @example 10
             */
            priority?: number;
            /**
             * @description leveldown leaves a card on a level with reset alone
             * @example false
             */
            reset?: boolean;
        };
        UpdateOrganizationDto: {
            /** @example Corner Shop Ltd */
            name?: string;
            /** @example 1002 */
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
        UpdateSeriesDto: {
            /**
             * @description unspent certificates of a sale may be refunded
             * @example true
             */
            allow_refund?: boolean;
            /**
             * @description partial payments are allowed
             * @example true
             */
            allow_reuse?: boolean;
            /**
             * @description goods ItemCodes that are certificates of this series; empty: every goods line
             * @example [
             *       "GIFT1000"
             *     ]
             */
            item_codes?: string[];
            /** @example Gift card 1000 */
            name?: string;
            /**
             * @description fixed nominal; null: the unit Price is the nominal
             * @example 1000
             */
            nominal?: number | null;
            /**
             * @description 2..256 distinct characters secret codes are drawn from
             * @default 23456789ABCDEFGHJKLMNPQRSTUVWXYZ
             * @example 23456789ABCDEFGHJKLMNPQRSTUVWXYZ
             */
            secret_alphabet: string;
            /**
             * @default 12
             * @example 12
             */
            secret_length: number;
            /** @example 365 */
            validity_days?: number;
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
            /**
             * @example already_used
             * @enum {string}
             */
            reason?: "already_used" | "not_found" | "inactive" | "not_yet_valid" | "expired" | "rule_inactive";
            /** @example true */
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
                /** @description At most this many rows. */
                limit?: number;
                /** @description Rows to skip. */
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
    SertCardAdmin_block: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                number: number;
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
                    "application/json": components["schemas"]["NumberFromGoodsSertCard"];
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
    SertCardAdmin_unblock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                number: number;
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
                    "application/json": components["schemas"]["NumberFromGoodsSertCard"];
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
    SertCard_info: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InfoRequest"];
                "application/xml": components["schemas"]["InfoRequest"];
                "text/json": components["schemas"]["InfoRequest"];
                "text/xml": components["schemas"]["InfoRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InfoResponse"];
                    "application/xml": components["schemas"]["InfoResponse"];
                    "text/json": components["schemas"]["InfoResponse"];
                    "text/xml": components["schemas"]["InfoResponse"];
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
                     *       "ErrorCode": 400,
                     *       "Message": "name must be a string"
                     *     }
                     */
                    "application/json": components["schemas"]["InfoResponse"];
                    /**
                     * @example {
                     *       "ErrorCode": 400,
                     *       "Message": "name must be a string"
                     *     }
                     */
                    "application/xml": components["schemas"]["InfoResponse"];
                    /**
                     * @example {
                     *       "ErrorCode": 400,
                     *       "Message": "name must be a string"
                     *     }
                     */
                    "text/json": components["schemas"]["InfoResponse"];
                    /**
                     * @example {
                     *       "ErrorCode": 400,
                     *       "Message": "name must be a string"
                     *     }
                     */
                    "text/xml": components["schemas"]["InfoResponse"];
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
                     *       "ErrorCode": 401,
                     *       "Message": "a valid token is required"
                     *     }
                     */
                    "application/json": components["schemas"]["InfoResponse"];
                    /**
                     * @example {
                     *       "ErrorCode": 401,
                     *       "Message": "a valid token is required"
                     *     }
                     */
                    "application/xml": components["schemas"]["InfoResponse"];
                    /**
                     * @example {
                     *       "ErrorCode": 401,
                     *       "Message": "a valid token is required"
                     *     }
                     */
                    "text/json": components["schemas"]["InfoResponse"];
                    /**
                     * @example {
                     *       "ErrorCode": 401,
                     *       "Message": "a valid token is required"
                     *     }
                     */
                    "text/xml": components["schemas"]["InfoResponse"];
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
                     *       "ErrorCode": 429,
                     *       "Message": "too many failed attempts; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["InfoResponse"];
                    /**
                     * @example {
                     *       "ErrorCode": 429,
                     *       "Message": "too many failed attempts; try again later"
                     *     }
                     */
                    "application/xml": components["schemas"]["InfoResponse"];
                    /**
                     * @example {
                     *       "ErrorCode": 429,
                     *       "Message": "too many failed attempts; try again later"
                     *     }
                     */
                    "text/json": components["schemas"]["InfoResponse"];
                    /**
                     * @example {
                     *       "ErrorCode": 429,
                     *       "Message": "too many failed attempts; try again later"
                     *     }
                     */
                    "text/xml": components["schemas"]["InfoResponse"];
                };
            };
        };
    };
    SertCard_numberFromGoods: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NumberFromGoodsRequest"];
                "application/xml": components["schemas"]["NumberFromGoodsRequest"];
                "text/json": components["schemas"]["NumberFromGoodsRequest"];
                "text/xml": components["schemas"]["NumberFromGoodsRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NumberFromGoodsResponse"];
                    "application/xml": components["schemas"]["NumberFromGoodsResponse"];
                    "text/json": components["schemas"]["NumberFromGoodsResponse"];
                    "text/xml": components["schemas"]["NumberFromGoodsResponse"];
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
                     *       "ErrorCode": 400,
                     *       "Message": "name must be a string"
                     *     }
                     */
                    "application/json": components["schemas"]["NumberFromGoodsResponse"];
                    /**
                     * @example {
                     *       "ErrorCode": 400,
                     *       "Message": "name must be a string"
                     *     }
                     */
                    "application/xml": components["schemas"]["NumberFromGoodsResponse"];
                    /**
                     * @example {
                     *       "ErrorCode": 400,
                     *       "Message": "name must be a string"
                     *     }
                     */
                    "text/json": components["schemas"]["NumberFromGoodsResponse"];
                    /**
                     * @example {
                     *       "ErrorCode": 400,
                     *       "Message": "name must be a string"
                     *     }
                     */
                    "text/xml": components["schemas"]["NumberFromGoodsResponse"];
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
                     *       "ErrorCode": 401,
                     *       "Message": "a valid token is required"
                     *     }
                     */
                    "application/json": components["schemas"]["NumberFromGoodsResponse"];
                    /**
                     * @example {
                     *       "ErrorCode": 401,
                     *       "Message": "a valid token is required"
                     *     }
                     */
                    "application/xml": components["schemas"]["NumberFromGoodsResponse"];
                    /**
                     * @example {
                     *       "ErrorCode": 401,
                     *       "Message": "a valid token is required"
                     *     }
                     */
                    "text/json": components["schemas"]["NumberFromGoodsResponse"];
                    /**
                     * @example {
                     *       "ErrorCode": 401,
                     *       "Message": "a valid token is required"
                     *     }
                     */
                    "text/xml": components["schemas"]["NumberFromGoodsResponse"];
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
                     *       "ErrorCode": 429,
                     *       "Message": "too many failed attempts; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["NumberFromGoodsResponse"];
                    /**
                     * @example {
                     *       "ErrorCode": 429,
                     *       "Message": "too many failed attempts; try again later"
                     *     }
                     */
                    "application/xml": components["schemas"]["NumberFromGoodsResponse"];
                    /**
                     * @example {
                     *       "ErrorCode": 429,
                     *       "Message": "too many failed attempts; try again later"
                     *     }
                     */
                    "text/json": components["schemas"]["NumberFromGoodsResponse"];
                    /**
                     * @example {
                     *       "ErrorCode": 429,
                     *       "Message": "too many failed attempts; try again later"
                     *     }
                     */
                    "text/xml": components["schemas"]["NumberFromGoodsResponse"];
                };
            };
        };
    };
    SertCard_pay: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PayRequest"];
                "application/xml": components["schemas"]["PayRequest"];
                "text/json": components["schemas"]["PayRequest"];
                "text/xml": components["schemas"]["PayRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayResponse"];
                    "application/xml": components["schemas"]["PayResponse"];
                    "text/json": components["schemas"]["PayResponse"];
                    "text/xml": components["schemas"]["PayResponse"];
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
                     *       "ErrorCode": 400,
                     *       "Message": "name must be a string"
                     *     }
                     */
                    "application/json": components["schemas"]["PayResponse"];
                    /**
                     * @example {
                     *       "ErrorCode": 400,
                     *       "Message": "name must be a string"
                     *     }
                     */
                    "application/xml": components["schemas"]["PayResponse"];
                    /**
                     * @example {
                     *       "ErrorCode": 400,
                     *       "Message": "name must be a string"
                     *     }
                     */
                    "text/json": components["schemas"]["PayResponse"];
                    /**
                     * @example {
                     *       "ErrorCode": 400,
                     *       "Message": "name must be a string"
                     *     }
                     */
                    "text/xml": components["schemas"]["PayResponse"];
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
                     *       "ErrorCode": 401,
                     *       "Message": "a valid token is required"
                     *     }
                     */
                    "application/json": components["schemas"]["PayResponse"];
                    /**
                     * @example {
                     *       "ErrorCode": 401,
                     *       "Message": "a valid token is required"
                     *     }
                     */
                    "application/xml": components["schemas"]["PayResponse"];
                    /**
                     * @example {
                     *       "ErrorCode": 401,
                     *       "Message": "a valid token is required"
                     *     }
                     */
                    "text/json": components["schemas"]["PayResponse"];
                    /**
                     * @example {
                     *       "ErrorCode": 401,
                     *       "Message": "a valid token is required"
                     *     }
                     */
                    "text/xml": components["schemas"]["PayResponse"];
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
                     *       "ErrorCode": 429,
                     *       "Message": "too many failed attempts; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["PayResponse"];
                    /**
                     * @example {
                     *       "ErrorCode": 429,
                     *       "Message": "too many failed attempts; try again later"
                     *     }
                     */
                    "application/xml": components["schemas"]["PayResponse"];
                    /**
                     * @example {
                     *       "ErrorCode": 429,
                     *       "Message": "too many failed attempts; try again later"
                     *     }
                     */
                    "text/json": components["schemas"]["PayResponse"];
                    /**
                     * @example {
                     *       "ErrorCode": 429,
                     *       "Message": "too many failed attempts; try again later"
                     *     }
                     */
                    "text/xml": components["schemas"]["PayResponse"];
                };
            };
        };
    };
    SertCard_payRefund: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PayRefundRequest"];
                "application/xml": components["schemas"]["PayRefundRequest"];
                "text/json": components["schemas"]["PayRefundRequest"];
                "text/xml": components["schemas"]["PayRefundRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayRefundResponse"];
                    "application/xml": components["schemas"]["PayRefundResponse"];
                    "text/json": components["schemas"]["PayRefundResponse"];
                    "text/xml": components["schemas"]["PayRefundResponse"];
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
                     *       "ErrorCode": 400,
                     *       "Message": "name must be a string"
                     *     }
                     */
                    "application/json": components["schemas"]["PayRefundResponse"];
                    /**
                     * @example {
                     *       "ErrorCode": 400,
                     *       "Message": "name must be a string"
                     *     }
                     */
                    "application/xml": components["schemas"]["PayRefundResponse"];
                    /**
                     * @example {
                     *       "ErrorCode": 400,
                     *       "Message": "name must be a string"
                     *     }
                     */
                    "text/json": components["schemas"]["PayRefundResponse"];
                    /**
                     * @example {
                     *       "ErrorCode": 400,
                     *       "Message": "name must be a string"
                     *     }
                     */
                    "text/xml": components["schemas"]["PayRefundResponse"];
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
                     *       "ErrorCode": 401,
                     *       "Message": "a valid token is required"
                     *     }
                     */
                    "application/json": components["schemas"]["PayRefundResponse"];
                    /**
                     * @example {
                     *       "ErrorCode": 401,
                     *       "Message": "a valid token is required"
                     *     }
                     */
                    "application/xml": components["schemas"]["PayRefundResponse"];
                    /**
                     * @example {
                     *       "ErrorCode": 401,
                     *       "Message": "a valid token is required"
                     *     }
                     */
                    "text/json": components["schemas"]["PayRefundResponse"];
                    /**
                     * @example {
                     *       "ErrorCode": 401,
                     *       "Message": "a valid token is required"
                     *     }
                     */
                    "text/xml": components["schemas"]["PayRefundResponse"];
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
                     *       "ErrorCode": 429,
                     *       "Message": "too many failed attempts; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["PayRefundResponse"];
                    /**
                     * @example {
                     *       "ErrorCode": 429,
                     *       "Message": "too many failed attempts; try again later"
                     *     }
                     */
                    "application/xml": components["schemas"]["PayRefundResponse"];
                    /**
                     * @example {
                     *       "ErrorCode": 429,
                     *       "Message": "too many failed attempts; try again later"
                     *     }
                     */
                    "text/json": components["schemas"]["PayRefundResponse"];
                    /**
                     * @example {
                     *       "ErrorCode": 429,
                     *       "Message": "too many failed attempts; try again later"
                     *     }
                     */
                    "text/xml": components["schemas"]["PayRefundResponse"];
                };
            };
        };
    };
    SertCardAdmin_listSeries: {
        parameters: {
            query?: {
                /** @description At most this many rows. */
                limit?: number;
                /** @description Rows to skip. */
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
                    "application/json": components["schemas"]["SeriesDto"][];
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
    SertCardAdmin_createSeries: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSeriesDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SeriesDto"];
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
    SertCardAdmin_getSeries: {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
                    "application/json": components["schemas"]["SeriesDto"];
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
    SertCardAdmin_updateSeries: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSeriesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SeriesDto"];
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
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
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
    Cards_list: {
        parameters: {
            query?: {
                /** @description true: only active cards; false: only inactive ones */
                active?: boolean;
                /** @description fragment of the barcode */
                barcode?: string;
                /** @description true: only blocked cards; false: only unblocked ones */
                blocked?: boolean;
                /** @description false: the total is not counted (`items`, `pages` null) */
                calculate_count?: boolean;
                /** @description substring of name, barcode, code, phone or email (any case) */
                card_filter?: string;
                /** @description cards of this level; empty: the cards without a level */
                card_level_id?: string | null;
                /** @description fragment of the magnetic code */
                code?: string;
                /** @description exact email (any case) */
                email?: string;
                /** @description cards booking on this master card; empty: the cards without one */
                mastercard_id?: string | null;
                page?: number;
                /** @description cards directly in this group; absent: all cards; empty: the cards in no group */
                parent_id?: string | null;
                per_page?: number;
                /** @description exact phone, compared by its digits */
                phone?: string;
                /** @description cards referred by this card; empty: the cards without a referrer */
                referallink_id?: string | null;
                /** @description cards of this user; empty: the cards no user has */
                user_id?: string;
                /** @description list the groups directly under parent_id (the root when absent) first */
                with_groups?: boolean;
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
                    "application/json": components["schemas"]["CardListAnswerDto"];
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
                     *       "code": 1,
                     *       "message": "name must be a string",
                     *       "error": "validation_failed"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 3,
                     *       "message": "a valid token is required",
                     *       "error": "unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 9,
                     *       "message": "too many failed attempts; try again later",
                     *       "error": "too_many_requests"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
        };
    };
    CardGroups_list: {
        parameters: {
            query?: {
                /** @description false: the total is not counted (`items`, `pages` null) */
                calculate_count?: boolean;
                page?: number;
                /** @description list the groups under this one; absent: the root level */
                parent_id?: string | null;
                per_page?: number;
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
                    "application/json": components["schemas"]["CardGroupListAnswerDto"];
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
                     *       "code": 1,
                     *       "message": "name must be a string",
                     *       "error": "validation_failed"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 3,
                     *       "message": "a valid token is required",
                     *       "error": "unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 9,
                     *       "message": "too many failed attempts; try again later",
                     *       "error": "too_many_requests"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
        };
    };
    CardGroups_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the group id */
                id: unknown;
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
                    "application/json": components["schemas"]["CardGroupAnswerDto"];
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
                     *       "code": 1,
                     *       "message": "name must be a string",
                     *       "error": "validation_failed"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 3,
                     *       "message": "a valid token is required",
                     *       "error": "unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
            /** @description `card_group_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 101,
                     *       "message": "not found",
                     *       "error": "card_group_not_found"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 9,
                     *       "message": "too many failed attempts; try again later",
                     *       "error": "too_many_requests"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
        };
    };
    CardGroups_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the group id */
                id: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCardGroupDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardGroupAnswerDto"];
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
                     *       "code": 1,
                     *       "message": "name must be a string",
                     *       "error": "validation_failed"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 3,
                     *       "message": "a valid token is required",
                     *       "error": "unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
            /** @description `card_group_not_found`, `parent_group_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 101,
                     *       "message": "not found",
                     *       "error": "card_group_not_found"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
            /** @description `card_group_cycle`: the new parent is the group or its descendant */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 104,
                     *       "message": "the code is already taken",
                     *       "error": "card_group_cycle"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 9,
                     *       "message": "too many failed attempts; try again later",
                     *       "error": "too_many_requests"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
        };
    };
    CardGroups_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the group id */
                id: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteCardGroupDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardGroupDeleteAnswerDto"];
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
                     *       "code": 1,
                     *       "message": "name must be a string",
                     *       "error": "validation_failed"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 3,
                     *       "message": "a valid token is required",
                     *       "error": "unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
            /** @description `card_group_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 101,
                     *       "message": "not found",
                     *       "error": "card_group_not_found"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
            /** @description `card_group_has_balance`: cards of the subtree have points (send `force`); `card_group_cards_referenced` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 105,
                     *       "message": "the code is already taken",
                     *       "error": "card_group_has_balance"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 9,
                     *       "message": "too many failed attempts; try again later",
                     *       "error": "too_many_requests"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
        };
    };
    CardGroups_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCardGroupDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardGroupAnswerDto"];
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
                     *       "code": 1,
                     *       "message": "name must be a string",
                     *       "error": "validation_failed"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 3,
                     *       "message": "a valid token is required",
                     *       "error": "unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
            /** @description `parent_group_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 102,
                     *       "message": "not found",
                     *       "error": "parent_group_not_found"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
            /** @description `card_group_exists`: the id is taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 103,
                     *       "message": "the code is already taken",
                     *       "error": "card_group_exists"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 9,
                     *       "message": "too many failed attempts; try again later",
                     *       "error": "too_many_requests"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
        };
    };
    Levels_list: {
        parameters: {
            query?: {
                /** @description false: the total is not counted (`items`, `pages` null) */
                calculate_count?: boolean;
                page?: number;
                per_page?: number;
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
                    "application/json": components["schemas"]["LevelListAnswerDto"];
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
                     *       "code": 1,
                     *       "message": "name must be a string",
                     *       "error": "validation_failed"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 3,
                     *       "message": "a valid token is required",
                     *       "error": "unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 9,
                     *       "message": "too many failed attempts; try again later",
                     *       "error": "too_many_requests"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
        };
    };
    Levels_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateLevelDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LevelAnswerDto"];
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
                     *       "code": 1,
                     *       "message": "name must be a string",
                     *       "error": "validation_failed"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 3,
                     *       "message": "a valid token is required",
                     *       "error": "unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
            /** @description `card_level_exists`: the id is taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 401,
                     *       "message": "the code is already taken",
                     *       "error": "card_level_exists"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 9,
                     *       "message": "too many failed attempts; try again later",
                     *       "error": "too_many_requests"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
        };
    };
    Levels_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the level id */
                id: unknown;
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
                    "application/json": components["schemas"]["LevelAnswerDto"];
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
                     *       "code": 1,
                     *       "message": "name must be a string",
                     *       "error": "validation_failed"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 3,
                     *       "message": "a valid token is required",
                     *       "error": "unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
            /** @description `card_level_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 217,
                     *       "message": "not found",
                     *       "error": "card_level_not_found"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 9,
                     *       "message": "too many failed attempts; try again later",
                     *       "error": "too_many_requests"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
        };
    };
    Levels_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the level id */
                id: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateLevelDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LevelAnswerDto"];
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
                     *       "code": 1,
                     *       "message": "name must be a string",
                     *       "error": "validation_failed"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 3,
                     *       "message": "a valid token is required",
                     *       "error": "unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
            /** @description `card_level_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 217,
                     *       "message": "not found",
                     *       "error": "card_level_not_found"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 9,
                     *       "message": "too many failed attempts; try again later",
                     *       "error": "too_many_requests"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
        };
    };
    Levels_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the level id */
                id: unknown;
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
                    "application/json": components["schemas"]["CardApiAnswerDto"];
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
                     *       "code": 1,
                     *       "message": "name must be a string",
                     *       "error": "validation_failed"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 3,
                     *       "message": "a valid token is required",
                     *       "error": "unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
            /** @description `card_level_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 217,
                     *       "message": "not found",
                     *       "error": "card_level_not_found"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
            /** @description `card_level_in_use` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 402,
                     *       "message": "the code is already taken",
                     *       "error": "card_level_in_use"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 9,
                     *       "message": "too many failed attempts; try again later",
                     *       "error": "too_many_requests"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
        };
    };
    Cards_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the card id */
                id: unknown;
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
                    "application/json": components["schemas"]["CardAnswerDto"];
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
                     *       "code": 1,
                     *       "message": "name must be a string",
                     *       "error": "validation_failed"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 3,
                     *       "message": "a valid token is required",
                     *       "error": "unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
            /** @description `card_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 201,
                     *       "message": "not found",
                     *       "error": "card_not_found"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 9,
                     *       "message": "too many failed attempts; try again later",
                     *       "error": "too_many_requests"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
        };
    };
    Cards_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the card id */
                id: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCardDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardAnswerDto"];
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
                     *       "code": 1,
                     *       "message": "name must be a string",
                     *       "error": "validation_failed"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 3,
                     *       "message": "a valid token is required",
                     *       "error": "unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
            /** @description `card_not_found`, `parent_group_not_found`, `mastercard_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 201,
                     *       "message": "not found",
                     *       "error": "card_not_found"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
            /** @description `barcode_taken`, `mastercard_invalid` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 203,
                     *       "message": "the code is already taken",
                     *       "error": "barcode_taken"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 9,
                     *       "message": "too many failed attempts; try again later",
                     *       "error": "too_many_requests"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
        };
    };
    Cards_activate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the card id */
                id: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActivateCardDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardAnswerDto"];
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
                     *       "code": 1,
                     *       "message": "name must be a string",
                     *       "error": "validation_failed"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 3,
                     *       "message": "a valid token is required",
                     *       "error": "unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
            /** @description `card_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 201,
                     *       "message": "not found",
                     *       "error": "card_not_found"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 9,
                     *       "message": "too many failed attempts; try again later",
                     *       "error": "too_many_requests"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
        };
    };
    Cards_balanceInfo: {
        parameters: {
            query?: {
                /** @description how many last transactions (at most 100; 0: none) */
                last_transactions?: number;
            };
            header?: never;
            path: {
                /** @description the card id */
                id: unknown;
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
                    "application/json": components["schemas"]["BalanceInfoAnswerDto"];
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
                     *       "code": 1,
                     *       "message": "name must be a string",
                     *       "error": "validation_failed"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 3,
                     *       "message": "a valid token is required",
                     *       "error": "unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
            /** @description `card_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 201,
                     *       "message": "not found",
                     *       "error": "card_not_found"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 9,
                     *       "message": "too many failed attempts; try again later",
                     *       "error": "too_many_requests"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
        };
    };
    Cards_block: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the card id */
                id: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BlockCardDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardAnswerDto"];
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
                     *       "code": 1,
                     *       "message": "name must be a string",
                     *       "error": "validation_failed"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 3,
                     *       "message": "a valid token is required",
                     *       "error": "unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
            /** @description `card_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 201,
                     *       "message": "not found",
                     *       "error": "card_not_found"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 9,
                     *       "message": "too many failed attempts; try again later",
                     *       "error": "too_many_requests"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
        };
    };
    Cards_deactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the card id */
                id: unknown;
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
                    "application/json": components["schemas"]["CardAnswerDto"];
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
                     *       "code": 1,
                     *       "message": "name must be a string",
                     *       "error": "validation_failed"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 3,
                     *       "message": "a valid token is required",
                     *       "error": "unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
            /** @description `card_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 201,
                     *       "message": "not found",
                     *       "error": "card_not_found"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 9,
                     *       "message": "too many failed attempts; try again later",
                     *       "error": "too_many_requests"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
        };
    };
    Cards_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the card id */
                id: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteCardDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardApiAnswerDto"];
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
                     *       "code": 1,
                     *       "message": "name must be a string",
                     *       "error": "validation_failed"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 3,
                     *       "message": "a valid token is required",
                     *       "error": "unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
            /** @description `card_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 201,
                     *       "message": "not found",
                     *       "error": "card_not_found"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
            /** @description `card_has_balance`, `card_is_master` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 204,
                     *       "message": "the code is already taken",
                     *       "error": "card_has_balance"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 9,
                     *       "message": "too many failed attempts; try again later",
                     *       "error": "too_many_requests"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
        };
    };
    Cards_levelHistory: {
        parameters: {
            query?: {
                /** @description false: the total is not counted (`items`, `pages` null) */
                calculate_count?: boolean;
                page?: number;
                per_page?: number;
            };
            header?: never;
            path: {
                /** @description the card id */
                id: unknown;
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
                    "application/json": components["schemas"]["LevelHistoryAnswerDto"];
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
                     *       "code": 1,
                     *       "message": "name must be a string",
                     *       "error": "validation_failed"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 3,
                     *       "message": "a valid token is required",
                     *       "error": "unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
            /** @description `card_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 201,
                     *       "message": "not found",
                     *       "error": "card_not_found"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 9,
                     *       "message": "too many failed attempts; try again later",
                     *       "error": "too_many_requests"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
        };
    };
    Cards_levelDown: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the card id */
                id: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LevelCheckDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LevelDownAnswerDto"];
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
                     *       "code": 1,
                     *       "message": "name must be a string",
                     *       "error": "validation_failed"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 3,
                     *       "message": "a valid token is required",
                     *       "error": "unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
            /** @description `card_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 201,
                     *       "message": "not found",
                     *       "error": "card_not_found"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 9,
                     *       "message": "too many failed attempts; try again later",
                     *       "error": "too_many_requests"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
        };
    };
    Cards_levelUp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the card id */
                id: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LevelCheckDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LevelUpAnswerDto"];
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
                     *       "code": 1,
                     *       "message": "name must be a string",
                     *       "error": "validation_failed"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 3,
                     *       "message": "a valid token is required",
                     *       "error": "unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
            /** @description `card_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 201,
                     *       "message": "not found",
                     *       "error": "card_not_found"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 9,
                     *       "message": "too many failed attempts; try again later",
                     *       "error": "too_many_requests"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
        };
    };
    Cards_transaction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the card id */
                id: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTransactionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransactionAnswerDto"];
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
                     *       "code": 1,
                     *       "message": "name must be a string",
                     *       "error": "validation_failed"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 3,
                     *       "message": "a valid token is required",
                     *       "error": "unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
            /** @description `card_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 201,
                     *       "message": "not found",
                     *       "error": "card_not_found"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
            /** @description `insufficient_points`, `card_blocked`, `card_inactive` (spending), `external_id_reused` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 303,
                     *       "message": "the code is already taken",
                     *       "error": "insufficient_points"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 9,
                     *       "message": "too many failed attempts; try again later",
                     *       "error": "too_many_requests"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
        };
    };
    Cards_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the card id */
                id: unknown;
                /** @description the transaction */
                tid: unknown;
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
                    "application/json": components["schemas"]["TransactionAnswerDto"];
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
                     *       "code": 1,
                     *       "message": "name must be a string",
                     *       "error": "validation_failed"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 3,
                     *       "message": "a valid token is required",
                     *       "error": "unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
            /** @description `card_not_found`, `transaction_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 201,
                     *       "message": "not found",
                     *       "error": "card_not_found"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
            /** @description `transaction_cancelled`, `points_already_spent` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 305,
                     *       "message": "the code is already taken",
                     *       "error": "transaction_cancelled"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 9,
                     *       "message": "too many failed attempts; try again later",
                     *       "error": "too_many_requests"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
        };
    };
    Cards_transactions: {
        parameters: {
            query?: {
                /** @description false: the total is not counted (`items`, `pages` null) */
                calculate_count?: boolean;
                page?: number;
                per_page?: number;
            };
            header?: never;
            path: {
                /** @description the card id */
                id: unknown;
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
                    "application/json": components["schemas"]["TransactionListAnswerDto"];
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
                     *       "code": 1,
                     *       "message": "name must be a string",
                     *       "error": "validation_failed"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 3,
                     *       "message": "a valid token is required",
                     *       "error": "unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
            /** @description `card_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 201,
                     *       "message": "not found",
                     *       "error": "card_not_found"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 9,
                     *       "message": "too many failed attempts; try again later",
                     *       "error": "too_many_requests"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
        };
    };
    Cards_unblock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the card id */
                id: unknown;
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
                    "application/json": components["schemas"]["CardAnswerDto"];
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
                     *       "code": 1,
                     *       "message": "name must be a string",
                     *       "error": "validation_failed"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 3,
                     *       "message": "a valid token is required",
                     *       "error": "unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
            /** @description `card_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 201,
                     *       "message": "not found",
                     *       "error": "card_not_found"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 9,
                     *       "message": "too many failed attempts; try again later",
                     *       "error": "too_many_requests"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
        };
    };
    Cards_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCardDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardAnswerDto"];
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
                     *       "code": 1,
                     *       "message": "name must be a string",
                     *       "error": "validation_failed"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 3,
                     *       "message": "a valid token is required",
                     *       "error": "unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
            /** @description `parent_group_not_found`, `mastercard_not_found`, `referallink_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 102,
                     *       "message": "not found",
                     *       "error": "parent_group_not_found"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
            /** @description `barcode_taken`, `card_exists`, `mastercard_invalid` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 203,
                     *       "message": "the code is already taken",
                     *       "error": "barcode_taken"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 9,
                     *       "message": "too many failed attempts; try again later",
                     *       "error": "too_many_requests"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
        };
    };
    Cards_addUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddUserDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardAnswerDto"];
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
                     *       "code": 1,
                     *       "message": "name must be a string",
                     *       "error": "validation_failed"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 3,
                     *       "message": "a valid token is required",
                     *       "error": "unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
            /** @description `no_free_card`, `card_limit_reached` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 210,
                     *       "message": "the code is already taken",
                     *       "error": "no_free_card"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 9,
                     *       "message": "too many failed attempts; try again later",
                     *       "error": "too_many_requests"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
        };
    };
    Cards_attach: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttachCardDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardAnswerDto"];
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
                     *       "code": 1,
                     *       "message": "name must be a string",
                     *       "error": "validation_failed"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 3,
                     *       "message": "a valid token is required",
                     *       "error": "unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
            /** @description `card_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 201,
                     *       "message": "not found",
                     *       "error": "card_not_found"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
            /** @description `card_of_other_user`, `card_limit_reached`, `external_card` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 211,
                     *       "message": "the code is already taken",
                     *       "error": "card_of_other_user"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 9,
                     *       "message": "too many failed attempts; try again later",
                     *       "error": "too_many_requests"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
        };
    };
    Cards_byBarcode: {
        parameters: {
            query?: {
                /** @description false: the total is not counted (`items`, `pages` null) */
                calculate_count?: boolean;
                /** @description what to look for; absent: every card, paginated */
                filter?: string;
                page?: number;
                per_page?: number;
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
                    "application/json": components["schemas"]["CardSearchAnswerDto"];
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
                     *       "code": 1,
                     *       "message": "name must be a string",
                     *       "error": "validation_failed"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 3,
                     *       "message": "a valid token is required",
                     *       "error": "unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 9,
                     *       "message": "too many failed attempts; try again later",
                     *       "error": "too_many_requests"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
        };
    };
    Cards_byCode: {
        parameters: {
            query?: {
                /** @description false: the total is not counted (`items`, `pages` null) */
                calculate_count?: boolean;
                /** @description what to look for; absent: every card, paginated */
                filter?: string;
                page?: number;
                per_page?: number;
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
                    "application/json": components["schemas"]["CardSearchAnswerDto"];
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
                     *       "code": 1,
                     *       "message": "name must be a string",
                     *       "error": "validation_failed"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 3,
                     *       "message": "a valid token is required",
                     *       "error": "unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 9,
                     *       "message": "too many failed attempts; try again later",
                     *       "error": "too_many_requests"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
        };
    };
    Cards_byEmai: {
        parameters: {
            query?: {
                /** @description false: the total is not counted (`items`, `pages` null) */
                calculate_count?: boolean;
                /** @description what to look for; absent: every card, paginated */
                filter?: string;
                page?: number;
                per_page?: number;
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
                    "application/json": components["schemas"]["CardSearchAnswerDto"];
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
                     *       "code": 1,
                     *       "message": "name must be a string",
                     *       "error": "validation_failed"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 3,
                     *       "message": "a valid token is required",
                     *       "error": "unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 9,
                     *       "message": "too many failed attempts; try again later",
                     *       "error": "too_many_requests"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
        };
    };
    Cards_byEmail: {
        parameters: {
            query?: {
                /** @description false: the total is not counted (`items`, `pages` null) */
                calculate_count?: boolean;
                /** @description what to look for; absent: every card, paginated */
                filter?: string;
                page?: number;
                per_page?: number;
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
                    "application/json": components["schemas"]["CardSearchAnswerDto"];
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
                     *       "code": 1,
                     *       "message": "name must be a string",
                     *       "error": "validation_failed"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 3,
                     *       "message": "a valid token is required",
                     *       "error": "unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 9,
                     *       "message": "too many failed attempts; try again later",
                     *       "error": "too_many_requests"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
        };
    };
    Cards_byName: {
        parameters: {
            query?: {
                /** @description false: the total is not counted (`items`, `pages` null) */
                calculate_count?: boolean;
                /** @description what to look for; absent: every card, paginated */
                filter?: string;
                page?: number;
                per_page?: number;
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
                    "application/json": components["schemas"]["CardSearchAnswerDto"];
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
                     *       "code": 1,
                     *       "message": "name must be a string",
                     *       "error": "validation_failed"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 3,
                     *       "message": "a valid token is required",
                     *       "error": "unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 9,
                     *       "message": "too many failed attempts; try again later",
                     *       "error": "too_many_requests"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
        };
    };
    Cards_byPhone: {
        parameters: {
            query?: {
                /** @description false: the total is not counted (`items`, `pages` null) */
                calculate_count?: boolean;
                /** @description what to look for; absent: every card, paginated */
                filter?: string;
                page?: number;
                per_page?: number;
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
                    "application/json": components["schemas"]["CardSearchAnswerDto"];
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
                     *       "code": 1,
                     *       "message": "name must be a string",
                     *       "error": "validation_failed"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 3,
                     *       "message": "a valid token is required",
                     *       "error": "unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 9,
                     *       "message": "too many failed attempts; try again later",
                     *       "error": "too_many_requests"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
        };
    };
    Cards_replace: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplacementDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReplacementAnswerDto"];
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
                     *       "code": 1,
                     *       "message": "name must be a string",
                     *       "error": "validation_failed"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 3,
                     *       "message": "a valid token is required",
                     *       "error": "unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
            /** @description `card_not_found` (old), `new_card_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 201,
                     *       "message": "not found",
                     *       "error": "card_not_found"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
            /** @description `old_card_not_active`, `old_card_replaced`, `new_card_not_usable`, `new_card_has_user`, `new_card_has_transactions`, `new_card_blocked`, `same_card`, `master_card_in_use` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 501,
                     *       "message": "the code is already taken",
                     *       "error": "old_card_not_active"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 9,
                     *       "message": "too many failed attempts; try again later",
                     *       "error": "too_many_requests"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
        };
    };
    Cards_sendIdentify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendIdentifyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentifyAnswerDto"];
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
                     *       "code": 1,
                     *       "message": "name must be a string",
                     *       "error": "validation_failed"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 3,
                     *       "message": "a valid token is required",
                     *       "error": "unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
            /** @description `contact_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 214,
                     *       "message": "not found",
                     *       "error": "contact_not_found"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
                };
            };
            /** @description `identify_code_invalid`, `identify_code_missing` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 215,
                     *       "message": "this Idempotency-Key was used with another request",
                     *       "error": "identify_code_invalid"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                     *       "code": 9,
                     *       "message": "too many failed attempts; try again later",
                     *       "error": "too_many_requests"
                     *     }
                     */
                    "application/json": components["schemas"]["CardApiErrorEnvelope"];
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
                /** @description At most this many rows. */
                limit?: number;
                /** @description Rows to skip. */
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
