using System.Reflection;
using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;

namespace AspirasiEtam.Shared.Persistence;

/// <summary>
/// Applies an Ardalis specification to an EF Core query. Ardalis' EF package is not available here, so this
/// chains the core package's evaluators (they build plain LINQ, which EF translates) and adds includes.
/// </summary>
public static class SpecificationEvaluation
{
    private static readonly IEvaluator[] CriteriaAndOrder = [WhereEvaluator.Instance, OrderEvaluator.Instance];

    private static readonly MethodInfo IncludeMethod = typeof(EntityFrameworkQueryableExtensions)
        .GetMethods()
        .Single(m => m.Name == nameof(EntityFrameworkQueryableExtensions.Include)
                     && m.GetParameters()[1].ParameterType != typeof(string));

    /// <summary>Filters, orders, includes and pages.</summary>
    public static IQueryable<T> WithSpecification<T>(this IQueryable<T> query, ISpecification<T> specification)
        where T : class
    {
        foreach (var evaluator in CriteriaAndOrder)
        {
            query = evaluator.GetQuery(query, specification);
        }

        foreach (var include in specification.IncludeExpressions)
        {
            query = (IQueryable<T>)IncludeMethod
                .MakeGenericMethod(typeof(T), include.LambdaExpression.ReturnType)
                .Invoke(null, [query, include.LambdaExpression])!;
        }

        query = PaginationEvaluator.Instance.GetQuery(query, specification);
        return specification.AsNoTracking ? query.AsNoTracking() : query;
    }

    /// <summary>Only the criteria: for counting what a paged specification would find.</summary>
    public static IQueryable<T> WithCriteriaOf<T>(this IQueryable<T> query, ISpecification<T> specification)
        where T : class =>
        WhereEvaluator.Instance.GetQuery(query, specification);
}
