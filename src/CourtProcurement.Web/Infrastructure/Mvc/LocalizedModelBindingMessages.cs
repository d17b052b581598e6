using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CourtProcurement.Web.Infrastructure.Mvc;

/// <summary>Model binding's own messages ("the value 'x' is not valid") in the user's language.</summary>
public sealed class LocalizedModelBindingMessages(IStringLocalizerFactory factory) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var localizer = factory.Create(typeof(SharedResource));
        var messages = options.ModelBindingMessageProvider;
        messages.SetValueIsInvalidAccessor(value => localizer["Validation.ValueInvalid", value]);
        messages.SetAttemptedValueIsInvalidAccessor((value, _) => localizer["Validation.ValueInvalid", value]);
        messages.SetValueMustBeANumberAccessor(_ => localizer["Validation.MustBeNumber"]);
        messages.SetMissingBindRequiredValueAccessor(field => localizer["Validation.Required", field]);
        messages.SetValueMustNotBeNullAccessor(value => localizer["Validation.ValueInvalid", value]);
        messages.SetMissingKeyOrValueAccessor(() => localizer["Validation.ValueInvalidGeneric"]);
        messages.SetUnknownValueIsInvalidAccessor(_ => localizer["Validation.ValueInvalidGeneric"]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => localizer["Validation.ValueInvalid", value]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => localizer["Validation.ValueInvalidGeneric"]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => localizer["Validation.MustBeNumber"]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => localizer["Validation.ValueInvalidGeneric"]);
    }
}
